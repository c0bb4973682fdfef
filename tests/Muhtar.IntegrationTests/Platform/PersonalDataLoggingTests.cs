using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace Muhtar.IntegrationTests.Platform;

/// <summary>Every log event the app writes, rendered with its properties and exception.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{logEvent.RenderMessage(CultureInfo.InvariantCulture)} | {properties} | {logEvent.Exception}");
    }
}

/// <summary>The shipped log levels, with the app's own code at Debug, writing into <see cref="CapturedLog"/>.</summary>
public sealed class LogCapturingApp : SqliteApp
{
    public CapturedLog Log { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Serilog:MinimumLevel:Override:Muhtar"] = "Debug" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

public sealed class PersonalDataLoggingTests(LogCapturingApp app) : IClassFixture<LogCapturingApp>
{
    [Fact]
    public async Task Creating_finding_changing_and_refusing_customers_logs_no_name_phone_or_email()
    {
        var tenant = await app.CreateTenantAsync();
        var created = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new
        {
            kind = "person",
            firstName = "Zeliha",
            lastName = "Kırkağaçlı",
            phone = "0532 417 93 28",
            email = "zeliha.kirkagacli@example.com",
            cardNumber = "KART-771903",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["id"].ToString();

        // A duplicate phone (409), an invalid one (400/422), a search, an update and a failed sign-in.
        var duplicate = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = "Başka", phone = "+90 532 417 9328" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var invalid = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = "Zeliha", phone = "0532 417" });
        Assert.False(invalid.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.GetAsync("/api/v1/customers?search=K%C4%B1rka%C4%9Fa%C3%A7l%C4%B1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.GetAsync("/api/v1/customers?search=05324179328")).StatusCode);
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/customers/{id}")
        {
            Content = JsonContent.Create(new { email = "zeliha.yeni@example.com", lastName = "Kırkağaçlıoğlu" }),
        };
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.SendAsync(patch)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => TestTenant.SignInAsync(app, tenant.OwnerEmail, "wrong-password-1!"));

        Assert.NotEmpty(app.Log.Lines); // the sink is really wired: otherwise the checks below prove nothing
        string[] personal = ["Zeliha", "Kırkağaçlı", "kirkagacli", "zeliha.yeni", "4179328", "417 93 28", "KART-771903", tenant.OwnerEmail];
        var leaks = app.Log.Lines.Where(line => personal.Any(p => line.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Log lines with personal data:\n" + string.Join("\n", leaks));
    }
}
