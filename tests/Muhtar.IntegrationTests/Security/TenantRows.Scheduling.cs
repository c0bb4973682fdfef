using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>
    /// An appointment service, a resource and a staff member named with the marker, and a booking of them, so
    /// /api/v1/appointments/services/{id}, /resources/{id}, /staff/{id} and /api/v1/appointments/{id} aim at real rows.
    /// </summary>
    private static async Task SeedSchedulingAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        // Services, staff and resources are configured by people (appointments.configure), not by API keys.
        var owner = await tenant.LoginAsync(Roles.Owner);
        var resource = await IdAsync(await owner.PostAsJsonAsync("/api/v1/appointments/resources", new { name = marker + "Koltuk", capacity = 1 }));
        if (resource is not null)
        {
            ids["/api/v1/appointments/resources/"] = resource;
        }

        var service = await IdAsync(await owner.PostAsJsonAsync("/api/v1/appointments/services",
            new { name = marker + "Hizmet", durationMinutes = 30, price = 100_00, bufferMinutes = 0, resourceId = resource }));
        if (service is null)
        {
            return;
        }

        ids["/api/v1/appointments/services/"] = service;
        var staff = await IdAsync(await owner.PostAsJsonAsync("/api/v1/appointments/staff", new
        {
            displayName = marker + "Personel",
            hours = Enum.GetNames<DayOfWeek>().Select(d => new { day = d.ToLowerInvariant(), start = "09:00", end = "18:00" }),
            serviceIds = new[] { service },
        }));
        if (staff is null)
        {
            return;
        }

        ids["/api/v1/appointments/staff/"] = staff;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToDateTime(new TimeOnly(10, 0));
        var appointment = await IdAsync(await tenant.Api.PostAsJsonAsync("/api/v1/appointments", new
        {
            phone = "0532 " + Random.Shared.Next(100, 999) + " 55 " + Random.Shared.Next(10, 99),
            firstName = marker,
            serviceId = service,
            staffId = staff,
            start = new DateTimeOffset(day, TimeSpan.FromHours(3)),
            note = marker,
        }));
        if (appointment is not null)
        {
            ids["/api/v1/appointments/"] = appointment;
        }
    }

    private static async Task<string?> IdAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString();
    }
}
