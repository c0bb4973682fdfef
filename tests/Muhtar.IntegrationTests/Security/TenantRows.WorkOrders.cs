using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>A work order (and a product arrival) whose description and notes carry the marker, so /api/v1/work-orders/{id} aims at a real row.</summary>
    private static async Task SeedWorkOrdersAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        if (!ids.TryGetValue("/api/v1/customers/", out var customerId))
        {
            return;
        }

        var order = await tenant.Api.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId,
            description = marker + " ceket",
            price = 300,
            promisedOn = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            notes = marker,
        });
        if (order.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await order.Content.ReadAsStringAsync());
            ids["/api/v1/work-orders/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // A preference note and an arrival of that product, so workorders_arrivals has a row and its SMS carries the marker.
        await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{customerId}/notes", new { text = marker + " süt alır" });
        await tenant.Api.PostAsJsonAsync("/api/v1/arrivals", new { term = marker + " süt" });
    }
}
