using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.Automation.Triggers;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.AutomationTests;

/// <summary>A business with helpers for /api/v1/automation, the job worker and the date/schedule scanner.</summary>
internal sealed class AutomationApi(MuhtarAppFactory app, CustomerApi customers)
{
    public CustomerApi Customers { get; } = customers;

    public HttpClient Client => Customers.Client;

    public static async Task<AutomationApi> NewAsync(MuhtarAppFactory app) => new(app, await CustomerApi.NewTenantAsync(app));

    public async Task<JsonElement> CreateRuleAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/automation/rules", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await CustomerApi.Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Guid> CreateRuleIdAsync(object body) => (await CreateRuleAsync(body)).GetProperty("id").GetGuid();

    public async Task<List<JsonElement>> RunsAsync(Guid ruleId) =>
        (await Customers.GetJsonAsync($"/api/v1/automation/rules/{ruleId}/runs")).GetProperty("items").EnumerateArray().ToList();

    public async Task<List<JsonElement>> CustomerRunsAsync(Guid customerId) =>
        (await Customers.GetJsonAsync($"/api/v1/customers/{customerId}/automation-runs")).GetProperty("items").EnumerateArray().ToList();

    public async Task<List<string>> TagsAsync(Guid customerId) =>
        (await Customers.GetJsonAsync($"/api/v1/customers/{customerId}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();

    /// <summary>Runs every due job (events, continuations) until none is left.</summary>
    public async Task DrainAsync()
    {
        var worker = app.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
        for (var round = 0; round < 100 && await worker.RunOnceAsync() > 0; round++)
        {
        }
    }

    /// <summary>One pass of the date and schedule scanner at the fake clock's time.</summary>
    public Task ScanAsync() => app.Services.GetRequiredService<AutomationScanner>().ScanAsync();

    /// <summary>Makes the stored event jobs about <paramref name="customerId"/> due again, as a redelivery after a crash would.</summary>
    public async Task<int> ReplayEventsAsync(Guid customerId)
    {
        await using var scope = Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var pattern = "%" + customerId.ToString("D") + "%";
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE platform_jobs SET completed_at = NULL, lease_until = NULL, lease_owner = NULL WHERE kind = 1 AND payload LIKE {pattern}");
    }

    public AsyncServiceScope Scope()
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Customers.TenantId, null, "tests");
        return scope;
    }
}
