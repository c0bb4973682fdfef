using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>S2-S4: free slots, booking by phone, moving, cancelling, no-shows, and the refusals people see.</summary>
public abstract class BookingTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Slots_respect_hours_breaks_days_off_existing_bookings_and_buffers()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 15);
        var staff = await kit.StaffAsync("Zeynep", [cut], [kit.Day.AddDays(1)]);

        var free = await kit.SlotTimesAsync(cut, kit.Day);
        Assert.Equal("09:00", free[0]);
        Assert.Equal("17:00", free[^1]);
        Assert.Contains("11:00", free);
        Assert.DoesNotContain("11:15", free); // would run into the lunch break
        Assert.DoesNotContain("12:30", free);
        Assert.Empty(await kit.SlotTimesAsync(cut, kit.Day.AddDays(1))); // day off

        await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "14:00"), staff);

        var after = await kit.SlotTimesAsync(cut, kit.Day, staff);
        // 14:00-15:00 plus 15 minutes to clean up: a 60-minute service can start at 15:15 at the earliest, and must end by 14:00.
        Assert.Contains("13:00", free);
        Assert.DoesNotContain("13:00", after);
        Assert.DoesNotContain("15:00", after);
        Assert.Contains("15:15", after);
    }

    [Fact]
    public async Task A_resource_of_capacity_one_is_shared_by_all_staff_and_anyone_takes_the_first_free_person()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var chair = await kit.ResourceAsync("Boya koltuğu", 1);
        var dye = await kit.ServiceAsync("Saç boyama", 60, 0, chair);
        var cut = await kit.ServiceAsync("Saç kesimi", 30, 0);
        var ali = await kit.StaffAsync("Ali", [dye, cut]);
        var zeynep = await kit.StaffAsync("Zeynep", [dye, cut]);

        await kit.BookedAsync(dye, AppointmentKit.At(kit.Day, "10:00"), ali);

        Assert.DoesNotContain("10:00", await kit.SlotTimesAsync(dye, kit.Day, zeynep));
        Assert.Contains("11:00", await kit.SlotTimesAsync(dye, kit.Day, zeynep));
        await AppointmentKit.AssertProblemAsync(await kit.BookAsync(dye, AppointmentKit.At(kit.Day, "10:30"), zeynep, "0532 222 33 44"), "start", HttpStatusCode.Conflict);

        var first = await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "15:00"), null, "0532 333 44 55");
        var second = await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "15:00"), null, "0532 444 55 66");
        var third = await kit.BookAsync(cut, AppointmentKit.At(kit.Day, "15:00"), null, "0532 555 66 77");

        Assert.Equal("Ali", first.GetProperty("staffName").GetString());
        Assert.Equal("Zeynep", second.GetProperty("staffName").GetString());
        await AppointmentKit.AssertProblemAsync(third, "start", HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Booking_by_phone_finds_or_creates_the_customer_and_the_same_slot_cannot_be_booked_twice()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync();
        var staff = await kit.StaffAsync("Zeynep", [cut]);

        var booked = await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "10:00"), staff, "0532 111 22 33");
        var again = await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "16:00"), staff, "+90 (532) 111-2233");
        var taken = await kit.BookAsync(cut, AppointmentKit.At(kit.Day, "10:30"), staff, "0533 999 88 77");
        var closed = await kit.BookAsync(cut, AppointmentKit.At(kit.Day, "12:15"), staff, "0533 999 88 77");

        Assert.Equal("+905321112233", booked.GetProperty("customerPhone").GetString());
        Assert.Equal("Ayşe Demir", booked.GetProperty("customerName").GetString());
        Assert.Equal(booked.GetProperty("customerId").GetGuid(), again.GetProperty("customerId").GetGuid());
        Assert.Equal(("booked", "staff", 0), (booked.GetProperty("status").GetString(), booked.GetProperty("source").GetString(),
            booked.GetProperty("customerNoShows").GetInt32()));
        Assert.Equal(AppointmentKit.At(kit.Day, "11:00"), booked.GetProperty("end").GetDateTimeOffset());
        await AppointmentKit.AssertProblemAsync(taken, "start", HttpStatusCode.Conflict);
        await AppointmentKit.AssertProblemAsync(closed, "start", HttpStatusCode.Conflict);
        var list = await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}?from={AppointmentKit.Iso(kit.Day)}&to={AppointmentKit.Iso(kit.Day)}");
        Assert.Equal(["10:00", "16:00"], list!.Select(a => a.GetProperty("start").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(3)).ToString("HH:mm")));
    }

    [Fact]
    public async Task Moving_frees_the_old_time_a_refused_move_keeps_the_old_time_and_cancelling_frees_the_slot()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var id = (await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "10:00"), staff)).GetProperty("id").GetGuid();
        await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "14:00"), staff, "0532 666 77 88");

        var moved = await kit.Tenant.Api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = AppointmentKit.At(kit.Day, "16:00") });
        var clash = await kit.Tenant.Api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = AppointmentKit.At(kit.Day, "14:30") });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await AppointmentKit.AssertProblemAsync(clash, "start", HttpStatusCode.Conflict);
        var free = await kit.SlotTimesAsync(cut, kit.Day, staff);
        Assert.Contains("10:00", free);
        Assert.DoesNotContain("16:00", free);

        var cancelled = await kit.Tenant.Api.PostAsync($"{AppointmentKit.Url}/{id}/cancel", null);
        var twice = await kit.Tenant.Api.PostAsync($"{AppointmentKit.Url}/{id}/cancel", null);

        Assert.Equal("cancelled", (await AppointmentKit.JsonAsync(cancelled, HttpStatusCode.OK)).RootElement.GetProperty("status").GetString());
        await AppointmentKit.AssertProblemAsync(twice, "status", HttpStatusCode.Conflict);
        Assert.Contains("16:00", await kit.SlotTimesAsync(cut, kit.Day, staff));
        await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "16:00"), staff, "0532 777 88 99");
    }

    [Fact]
    public async Task A_no_show_is_recorded_after_the_start_and_shows_when_the_customer_books_again()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync();
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var start = AppointmentKit.At(kit.Day, "10:00");
        var id = (await kit.BookedAsync(cut, start, staff)).GetProperty("id").GetGuid();

        var early = await kit.Tenant.Api.PostAsync($"{AppointmentKit.Url}/{id}/no-show", null);
        app.Clock.Advance(start - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(30));
        var marked = await kit.Tenant.Api.PostAsync($"{AppointmentKit.Url}/{id}/no-show", null);
        var next = await kit.BookedAsync(cut, AppointmentKit.At(kit.Day.AddDays(1), "10:00"), staff);

        await AppointmentKit.AssertProblemAsync(early, "status", HttpStatusCode.Conflict);
        Assert.Equal("no-show", (await AppointmentKit.JsonAsync(marked, HttpStatusCode.OK)).RootElement.GetProperty("status").GetString());
        Assert.Equal(1, next.GetProperty("customerNoShows").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync();
        var other = await kit.ServiceAsync("Sakal", 15, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var ten = AppointmentKit.At(kit.Day, "10:00");
        async Task Expect(object body, string field) =>
            await AppointmentKit.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync(AppointmentKit.Url, body), field);

        await Expect(new { phone = "0532 111 22 33", start = ten }, "serviceId");
        await Expect(new { phone = "12", serviceId = cut, start = ten }, "phone");
        await Expect(new { phone = "0532 111 22 33", serviceId = cut, start = ten.AddMinutes(3) }, "start");
        await Expect(new { phone = "0532 111 22 33", serviceId = cut, start = ten.AddDays(-10) }, "start");
        await Expect(new { phone = "0532 111 22 33", serviceId = other, staffId = staff, start = ten }, "staffId");
        await Expect(new { phone = "0532 111 22 33", serviceId = cut, start = ten, source = "fax" }, "source");
        await Expect(new { phone = "0532 111 22 33", serviceId = cut, start = ten, note = new string('x', 1001) }, "note");
        await AppointmentKit.AssertProblemAsync(await kit.Tenant.Api.GetAsync($"{AppointmentKit.Url}/slots?serviceId={cut}&date=yarın"), "date");
        await AppointmentKit.AssertProblemAsync(await kit.Tenant.Api.GetAsync($"{AppointmentKit.Url}?from=2026-01-10&to=2026-01-01"), "to");
        Assert.Empty(await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}?from={AppointmentKit.Iso(kit.Day)}") ?? []);
    }

    [Fact]
    public async Task Another_business_cannot_see_move_cancel_or_mark_an_appointment()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var other = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync();
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var id = (await kit.BookedAsync(cut, AppointmentKit.At(kit.Day, "10:00"), staff)).GetProperty("id").GetGuid();
        var api = other.Tenant.Api;

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{AppointmentKit.Url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = AppointmentKit.At(kit.Day, "15:00") })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"{AppointmentKit.Url}/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"{AppointmentKit.Url}/{id}/no-show", null)).StatusCode);
        Assert.Empty(await api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}?from={AppointmentKit.Iso(kit.Day)}") ?? []);
        await AppointmentKit.AssertProblemAsync(await api.GetAsync($"{AppointmentKit.Url}/slots?serviceId={cut}&date={AppointmentKit.Iso(kit.Day)}"), "serviceId");
        var mine = await kit.Tenant.Api.GetFromJsonAsync<JsonElement>($"{AppointmentKit.Url}/{id}");
        Assert.Equal(("booked", "10:00"), (mine.GetProperty("status").GetString(),
            mine.GetProperty("start").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(3)).ToString("HH:mm")));
    }
}

public sealed class BookingTests_Sqlite(SqliteApp app) : BookingTests(app), IClassFixture<SqliteApp>;

public sealed class BookingTests_Postgres(PostgresApp app) : BookingTests(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Many_people_booking_the_same_slot_at_once_leaves_exactly_one_booking()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync();
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var start = AppointmentKit.At(kit.Day, "11:00");

        // Different customers and overlapping starts, each request with its own DbContext, all released together.
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => kit.BookAsync(cut, start.AddMinutes(i % 3 * 5), staff, $"0532 100 20 {i + 10}"))));

        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Single(winners);
        foreach (var loser in responses.Except(winners))
        {
            await AppointmentKit.AssertProblemAsync(loser, "start", HttpStatusCode.Conflict);
        }
        var list = await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}?from={AppointmentKit.Iso(kit.Day)}");
        Assert.Single(list!);
    }
}
