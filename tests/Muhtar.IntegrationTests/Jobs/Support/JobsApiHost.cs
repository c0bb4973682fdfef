using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Muhtar.Customers;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>
/// A real HTTP host (TestServer) serving only the jobs admin endpoints over the platform, as
/// <c>MapMuhtarJobsEndpoints</c> maps them in the app, with <see cref="HeaderAuthHandler"/> for sign-in.
/// </summary>
internal sealed class JobsApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private JobsApiHost(WebApplication app)
    {
        _app = app;
    }

    public static async Task<JobsApiHost> StartAsync(DatabaseProvider provider, string connectionString, FakeTimeProvider clock)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Muhtar"] = connectionString,
            ["Jobs:Enabled"] = "false",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddMuhtarPlatform(builder.Configuration);
        builder.Services.AddCustomersModule();
        builder.Services.AddAuthentication(HeaderAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthHandler>(HeaderAuthHandler.SchemeName, null);
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMuhtarJobsEndpoints();
        await app.StartAsync();
        return new JobsApiHost(app);
    }

    /// <summary>A client signed in as <paramref name="role"/> of <paramref name="tenantId"/>; no arguments: anonymous.</summary>
    public HttpClient Client(Guid? tenantId = null, string? role = null)
    {
        var client = _app.GetTestClient();
        if (tenantId is { } id && role is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthHandler.TenantHeader, id.ToString());
            client.DefaultRequestHeaders.Add(HeaderAuthHandler.RoleHeader, role);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
