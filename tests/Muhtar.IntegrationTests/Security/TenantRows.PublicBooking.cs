using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>A public booking code waiting for its SMS code (scheduling_booking_codes), asked for through the slug.</summary>
    private static async Task SeedPublicBookingAsync(TestTenant tenant, Dictionary<string, string> ids)
    {
        if (!ids.TryGetValue("/api/v1/appointments/services/", out var service) || !ids.TryGetValue("/api/v1/appointments/staff/", out var staff))
        {
            return;
        }

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(4).ToDateTime(new TimeOnly(11, 0));
        await tenant.Api.PostAsJsonAsync($"/api/v1/public/book/{tenant.Slug}/codes", new
        {
            serviceId = service,
            staffId = staff,
            start = new DateTimeOffset(day, TimeSpan.FromHours(3)),
            firstName = "Seed",
            phone = "0532 " + Random.Shared.Next(100, 999) + " 66 " + Random.Shared.Next(10, 99),
        });
    }
}
