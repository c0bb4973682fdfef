using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Privacy;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>Appointments follow the customer through a merge and its undo; KVKK export lists them and erasure blanks their notes.</summary>
public abstract class AppointmentCustomerLifecycleTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Merging_customers_moves_the_appointments_to_the_survivor_and_undo_gives_each_back_their_own()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var mine = (await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "10:00"), staff, "0532 201 30 40")).GetProperty("id").GetGuid();
        var twinsFirst = (await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "11:00"), staff, "0532 201 30 41")).GetProperty("id").GetGuid();
        var twinsSecond = (await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "14:00"), staff, "0532 201 30 41")).GetProperty("id").GetGuid();
        var survivor = await CustomerOfAsync(kit, mine);
        var twin = await CustomerOfAsync(kit, twinsFirst);

        using var merge = await AppointmentKit.JsonAsync(
            await kit.Tenant.Api.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { twin } }), HttpStatusCode.Created);
        Assert.Equal([survivor, survivor, survivor], [await CustomerOfAsync(kit, mine), await CustomerOfAsync(kit, twinsFirst), await CustomerOfAsync(kit, twinsSecond)]);

        var undo = await kit.Tenant.Api.PostAsJsonAsync($"/api/v1/customers/merges/{merge.RootElement.GetProperty("id").GetGuid()}/undo", new { });
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal([survivor, twin, twin], [await CustomerOfAsync(kit, mine), await CustomerOfAsync(kit, twinsFirst), await CustomerOfAsync(kit, twinsSecond)]);
    }

    [Fact]
    public async Task Export_lists_the_appointments_and_erasure_blanks_the_note_but_keeps_the_booking()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var secret = "Alerjisi var " + Guid.NewGuid().ToString("N")[..8];
        var start = AppointmentKit.At(kit.Day, "10:00");
        using var booked = await AppointmentKit.JsonAsync(await kit.Tenant.Api.PostAsJsonAsync(AppointmentKit.Url,
            new { phone = "0532 201 30 42", firstName = "Ayşe", lastName = "Demir", serviceId = cut, staffId = staff, start, note = secret }), HttpStatusCode.Created);
        var id = booked.RootElement.GetProperty("id").GetGuid();
        var customer = booked.RootElement.GetProperty("customerId").GetGuid();

        var export = await PrivacyApi.CreateAsync(kit.Tenant.Api, new { customerId = customer, type = "export", channel = "email", requestedOn = PrivacyApi.Today(app) });
        var file = await kit.Tenant.Api.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/requests/{export.GetProperty("id")}/export?format=json");
        var listed = Assert.Single(file.GetProperty("sections").GetProperty("appointments").GetProperty("appointments").EnumerateArray());
        Assert.Equal((id, "Saç kesimi", secret), (listed.GetProperty("id").GetGuid(), listed.GetProperty("service").GetString(), listed.GetProperty("note").GetString()));

        var erasure = await PrivacyApi.CreateAsync(kit.Tenant.Api, new { customerId = customer, type = "erasure", channel = "letter", requestedOn = PrivacyApi.Today(app) });
        await PrivacyApi.PostAsync(kit.Tenant.Api, $"/api/v1/privacy/requests/{erasure.GetProperty("id").GetGuid()}/complete");

        Assert.Empty(await DatabaseScan.FindAsync(app, [secret]));
        using var after = await AppointmentKit.JsonAsync(await kit.Tenant.Api.GetAsync($"{AppointmentKit.Url}/{id}"), HttpStatusCode.OK);
        Assert.Equal(start, after.RootElement.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("Saç kesimi", after.RootElement.GetProperty("serviceName").GetString());
        Assert.Equal(JsonValueKind.Null, after.RootElement.GetProperty("note").ValueKind);
    }

    private static async Task<Guid> CustomerOfAsync(AppointmentKit kit, Guid appointmentId)
    {
        using var json = await AppointmentKit.JsonAsync(await kit.Tenant.Api.GetAsync($"{AppointmentKit.Url}/{appointmentId}"), HttpStatusCode.OK);
        return json.RootElement.GetProperty("customerId").GetGuid();
    }
}

public sealed class AppointmentCustomerLifecycleTests_Sqlite(SqliteApp app) : AppointmentCustomerLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class AppointmentCustomerLifecycleTests_Postgres(PostgresApp app) : AppointmentCustomerLifecycleTests(app), IClassFixture<PostgresApp>;
