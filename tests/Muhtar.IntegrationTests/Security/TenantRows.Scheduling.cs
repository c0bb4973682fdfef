using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>An appointment service named with the marker, so /api/v1/appointments/services/{id} aims at a real row.</summary>
    private static async Task SeedSchedulingAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        // Services are configured by people (appointments.configure), not by API keys.
        var owner = await tenant.LoginAsync(Roles.Owner);
        var service = await owner.PostAsJsonAsync("/api/v1/appointments/services",
            new { name = marker + "Hizmet", durationMinutes = 30, price = 100_00, bufferMinutes = 0 });
        if (service.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await service.Content.ReadAsStringAsync());
            ids["/api/v1/appointments/services/"] = json.RootElement.GetProperty("id").GetString()!;
        }
    }
}
