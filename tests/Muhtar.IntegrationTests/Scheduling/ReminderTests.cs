using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>S4: reminders 24 h and 2 h before, re-planned on a move, removed on cancel, each sent at most once at its time.</summary>
public abstract class ReminderTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Booking_then_moving_then_cancelling_sends_exactly_the_right_reminders_at_the_right_times()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var bookedDay = kit.Day;
        var first = AppointmentKit.At(bookedDay, "10:00");
        var id = (await kit.BookedAsync(cut, first, staff)).GetProperty("id").GetGuid();

        Assert.Equal(Planned(id, first, 0, MessageStatus.Queued), AppointmentKit.Summary(await kit.MessagesAsync(id)));

        var moved = AppointmentKit.At(bookedDay, "15:00");
        Assert.Equal(HttpStatusCode.OK, (await kit.Tenant.Api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = moved })).StatusCode);
        Assert.Equal([.. Planned(id, first, 0, MessageStatus.Cancelled), .. Planned(id, moved, 1, MessageStatus.Queued)],
            AppointmentKit.Summary(await kit.MessagesAsync(id)));

        var dayBefore = moved.UtcDateTime.AddHours(-24);
        app.Clock.Advance(dayBefore - app.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1));
        await OutboxAppSetup.SendDueAsync(app.Services);
        Assert.DoesNotContain(await kit.MessagesAsync(id), m => m.Status == MessageStatus.Sent);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await OutboxAppSetup.SendDueAsync(app.Services);
        var sent = Assert.Single(await kit.MessagesAsync(id), m => m.Status == MessageStatus.Sent);
        Assert.Equal(AppointmentReminderKey(id, 1, "24h"), sent.DedupeKey);
        Assert.Equal(dayBefore, sent.SentAt);
        var day = bookedDay.ToString("d MMMM dddd", CultureInfo.GetCultureInfo("tr-TR"));
        Assert.StartsWith("Sayın Ayşe Demir, ", sent.Body, StringComparison.Ordinal);
        Assert.EndsWith($" randevunuz {day} saat 15:00. Hizmet: Saç kesimi.", sent.Body, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await kit.Tenant.Api.PostAsync($"{AppointmentKit.Url}/{id}/cancel", null)).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(23));
        await OutboxAppSetup.SendDueAsync(app.Services);

        var final = await kit.MessagesAsync(id);
        Assert.Equal([AppointmentReminderKey(id, 1, "24h")], final.Where(m => m.Status == MessageStatus.Sent).Select(m => m.DedupeKey));
        Assert.Equal(3, final.Count(m => m.Status == MessageStatus.Cancelled));
    }

    [Fact]
    public async Task A_booking_for_later_today_gets_only_the_reminders_still_ahead()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 30, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var start = AppointmentKit.At(kit.Day, "10:00");
        app.Clock.Advance(start - app.Clock.GetUtcNow() - TimeSpan.FromHours(5));

        var id = (await kit.BookedAsync(cut, start, staff)).GetProperty("id").GetGuid();

        var message = Assert.Single(await kit.MessagesAsync(id));
        Assert.Equal((AppointmentReminderKey(id, 0, "2h"), start.UtcDateTime.AddHours(-2)), (message.DedupeKey, message.NextAttemptAt));
    }

    [Fact]
    public async Task Moving_away_and_back_to_the_first_start_still_sends_one_day_before_reminder_at_that_start()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 0);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        var ten = AppointmentKit.At(kit.Day, "10:00");
        var id = (await kit.BookedAsync(cut, ten, staff)).GetProperty("id").GetGuid();
        var eleven = AppointmentKit.At(kit.Day, "11:00");
        Assert.Equal(HttpStatusCode.OK, (await kit.Tenant.Api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = eleven })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kit.Tenant.Api.PutAsJsonAsync($"{AppointmentKit.Url}/{id}/move", new { start = ten })).StatusCode);

        Assert.Equal(Planned(id, ten, 2, MessageStatus.Queued),
            AppointmentKit.Summary(await kit.MessagesAsync(id)).Where(m => m.Status == MessageStatus.Queued));

        var dayBefore = ten.UtcDateTime.AddHours(-24);
        app.Clock.Advance(dayBefore - app.Clock.GetUtcNow().UtcDateTime);
        await OutboxAppSetup.SendDueAsync(app.Services);

        var sent = Assert.Single(await kit.MessagesAsync(id), m => m.Status == MessageStatus.Sent);
        Assert.Equal((AppointmentReminderKey(id, 2, "24h"), dayBefore), (sent.DedupeKey, sent.SentAt));
        Assert.Contains(" saat 10:00. ", sent.Body, StringComparison.Ordinal);
    }

    private static string AppointmentReminderKey(Guid id, int revision, string offset) => $"appointment:{id}:r{revision}:reminder-{offset}";

    private static IEnumerable<(string, MessageStatus, DateTime)> Planned(Guid id, DateTimeOffset start, int revision, MessageStatus status) =>
    [
        (AppointmentReminderKey(id, revision, "24h"), status, start.UtcDateTime.AddHours(-24)),
        (AppointmentReminderKey(id, revision, "2h"), status, start.UtcDateTime.AddHours(-2)),
    ];
}

public sealed class ReminderTests_Sqlite(OutboxSqliteApp app) : ReminderTests(app), IClassFixture<OutboxSqliteApp>;

public sealed class ReminderTests_Postgres(OutboxPostgresApp app) : ReminderTests(app), IClassFixture<OutboxPostgresApp>;
