using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;

namespace Muhtar.Scheduling.Booking;

/// <summary>
/// Transactional SMS reminders before an appointment (S4), queued in the messaging outbox with a not-before
/// time. The dedupe key carries the appointment's revision (bumped by every move), so a reminder is queued once
/// per planned time, and a move back to an earlier start does not collide with that start's cancelled reminders;
/// a move cancels the unsent ones by the appointment's key prefix and plans new ones for the new start.
/// </summary>
internal sealed class AppointmentReminders(
    IDbContextFactory<MuhtarDbContext> dbFactory, IMessageOutbox outbox, ICustomerDirectory customers, ITenantContext tenant,
    Availability availability, TimeProvider time, IStringLocalizer<SchedulingResource> text)
{
    /// <summary>How long before the start each reminder goes; a business setting later.</summary>
    public static readonly IReadOnlyList<(string Name, TimeSpan Before)> Offsets = [("24h", TimeSpan.FromHours(24)), ("2h", TimeSpan.FromHours(2))];

    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public static string Prefix(Guid appointmentId) => $"appointment:{appointmentId}:";

    public static string Key(Guid appointmentId, int revision, string offset) => $"{Prefix(appointmentId)}r{revision}:reminder-{offset}";

    public async Task PlanAsync(Appointment appointment, CustomerSummary customer, BookableService service, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var zone = await availability.ZoneAsync(ct);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(appointment.Start, DateTimeKind.Utc), zone);
        var body = text["Reminder.Body", Salutation.For(customer), await BusinessNameAsync(ct), local.ToString("d MMMM dddd", Turkish),
            local.ToString("HH:mm", Turkish), service.Name].Value;
        foreach (var (name, before) in Offsets)
        {
            var sendAt = appointment.Start - before;
            // A reminder whose moment has passed (booked for later today) would only arrive late; it is left out.
            if (sendAt <= now)
            {
                continue;
            }
            await outbox.QueueAsync(new OutgoingMessage(customer.Id, MessageChannel.Sms, MessagePurpose.Transactional,
                Key(appointment.Id, appointment.Revision, name), Body: body, NotBefore: sendAt, Source: "appointments"), ct);
        }
    }

    public async Task ReplanAsync(Appointment appointment, BookableService service, CancellationToken ct = default)
    {
        await CancelAsync(appointment.Id, ct);
        var customer = await customers.GetAsync(appointment.CustomerId, ct)
            ?? throw new InvalidOperationException("An appointment's customer could not be read.");
        await PlanAsync(appointment, customer, service, ct);
    }

    public Task<int> CancelAsync(Guid appointmentId, CancellationToken ct = default) => outbox.CancelAsync(Prefix(appointmentId), ct);

    private async Task<string> BusinessNameAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.Name).SingleAsync(ct);
    }
}
