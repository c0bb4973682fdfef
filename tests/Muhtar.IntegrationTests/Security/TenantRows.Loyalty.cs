using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>Loyalty rows carrying the marker: a tier named with it and a manual adjustment whose reason is it,
    /// so /api/v1/loyalty/customers/{id} (and its ledger) and /api/v1/loyalty/tiers/{id} aim at real rows.</summary>
    private static async Task SeedLoyaltyAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        if (ids.TryGetValue("/api/v1/customers/", out var customerId))
        {
            ids["/api/v1/loyalty/customers/"] = customerId;
            await tenant.Api.PostAsJsonAsync($"/api/v1/loyalty/customers/{customerId}/adjustments", new { points = 100, reason = marker });
        }

        var tier = await tenant.Api.PostAsJsonAsync("/api/v1/loyalty/tiers", new { name = marker + "Seviye", thresholdPoints = 0, earnMultiplier = 1 });
        if (tier.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await tier.Content.ReadAsStringAsync());
            ids["/api/v1/loyalty/tiers/"] = json.RootElement.GetProperty("id").GetString()!;
        }
    }
}
