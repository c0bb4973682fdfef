using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>S1: staff members with weekly hours, breaks and days off, and resources, through the API.</summary>
public abstract class StaffSetupTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Staff_hours_breaks_days_off_services_and_resources_are_saved_and_read_back()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var chair = await kit.ResourceAsync("Boya koltuğu", 2);
        var dye = await kit.ServiceAsync("Saç boyama", 90, 15, chair);
        var staffId = await kit.StaffAsync("Zeynep", [dye], [kit.Day]);

        var staff = await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/staff");
        var resources = await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/resources");
        var services = await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/services");

        var zeynep = Assert.Single(staff!);
        Assert.Equal(staffId, zeynep.GetProperty("id").GetGuid());
        var monday = zeynep.GetProperty("hours").EnumerateArray().Single(d => d.GetProperty("day").GetString() == "monday");
        Assert.Equal(("09:00", "18:00", "12:00", "13:00"), (monday.GetProperty("start").GetString(), monday.GetProperty("end").GetString(),
            monday.GetProperty("breaks")[0].GetProperty("start").GetString(), monday.GetProperty("breaks")[0].GetProperty("end").GetString()));
        Assert.Equal(7, zeynep.GetProperty("hours").GetArrayLength());
        Assert.Equal(AppointmentKit.Iso(kit.Day), zeynep.GetProperty("daysOff")[0].GetString());
        Assert.Equal(dye, zeynep.GetProperty("serviceIds")[0].GetGuid());
        Assert.Equal(("Boya koltuğu", 2), (resources![0].GetProperty("name").GetString(), resources[0].GetProperty("capacity").GetInt32()));
        Assert.Equal(chair, services![0].GetProperty("resourceId").GetGuid());
    }

    [Fact]
    public async Task Bad_hours_and_unknown_ids_are_refused_naming_the_field()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var other = await AppointmentKit.CreateAsync(app);
        var foreignService = await other.ServiceAsync();
        var url = $"{AppointmentKit.Url}/staff";

        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url, new { displayName = " " }), "displayName");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url,
            new { displayName = "Ali", hours = new[] { new { day = "monday", start = "18:00", end = "09:00" } } }), "hours[0].end");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url,
            new { displayName = "Ali", hours = new[] { new { day = "monday", start = "9 sabah", end = "18:00" } } }), "hours[0].start");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url,
            new { displayName = "Ali", hours = new[] { new { day = "pazartesi", start = "09:00", end = "18:00" } } }), "hours[0].day");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url, new
        {
            displayName = "Ali",
            hours = new[] { new { day = "monday", start = "09:00", end = "18:00", breaks = new[] { new { start = "17:30", end = "18:30" } } } },
        }), "hours[0].breaks");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync(url, AppointmentKit.StaffBody("Ali", [foreignService])), "serviceIds");
        await AppointmentKit.AssertProblemAsync(await kit.Owner.PostAsJsonAsync($"{AppointmentKit.Url}/resources", new { name = "Oda", capacity = 0 }), "capacity");

        Assert.Empty(await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>(url) ?? []);
    }

    [Fact]
    public async Task A_technician_reads_staff_but_cannot_change_it_and_another_business_cannot_touch_it()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var other = await AppointmentKit.CreateAsync(app);
        var staffId = await kit.StaffAsync("Zeynep", []);
        var technician = await kit.Tenant.LoginAsync(Roles.Technician);

        Assert.Single(await technician.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/staff") ?? []);
        var refused = await technician.PutAsJsonAsync($"{AppointmentKit.Url}/staff/{staffId}", AppointmentKit.StaffBody("Ele geçirildi", []));
        var foreign = await other.Owner.PutAsJsonAsync($"{AppointmentKit.Url}/staff/{staffId}", AppointmentKit.StaffBody("Ele geçirildi", []));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(await other.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/staff") ?? []);
        Assert.Equal("Zeynep", (await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}/staff"))![0].GetProperty("displayName").GetString());
    }
}

public sealed class StaffSetupTests_Sqlite(SqliteApp app) : StaffSetupTests(app), IClassFixture<SqliteApp>;

public sealed class StaffSetupTests_Postgres(PostgresApp app) : StaffSetupTests(app), IClassFixture<PostgresApp>;
