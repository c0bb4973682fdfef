using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>A credit-book charge whose note is the marker, so /api/v1/credit-book/customers/{id} and
    /// /api/v1/credit-book/entries/{id}/reverse aim at real rows of this business; a settings row that another
    /// business's PUT must not change.</summary>
    private static async Task SeedLedgerAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        if (!ids.TryGetValue("/api/v1/customers/", out var customerId))
        {
            return;
        }

        ids["/api/v1/credit-book/customers/"] = customerId;
        await tenant.Api.PutAsJsonAsync("/api/v1/credit-book/settings", new { reminderIntervalDays = 5 });
        var posted = await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", new { customerId, kind = "charge", amount = 10m, note = marker });
        if (posted.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
            ids["/api/v1/credit-book/entries/"] = json.RootElement.GetProperty("entry").GetProperty("id").GetString()!;
        }
    }
}
