using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Ledger.Localization;
using Muhtar.Ledger.Settings;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Ledger.Book;

/// <summary>
/// The one-tap polite reminder (L1): a transactional SMS/WhatsApp with the customer's total debt. At most one
/// per the business's minimum interval (a setting, 7 days by default) per customer, claimed in the database
/// first so two taps at once send one.
/// </summary>
internal sealed class CreditReminders(
    IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, BusinessProfile business, CreditSettings settings, CreditBook book,
    IMessageOutbox outbox, IStringLocalizer<LedgerResource> text)
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public async Task<(QueuedMessage Queued, string Body)> SendAsync(CustomerSummary customer, MessageChannel channel, CancellationToken ct = default)
    {
        if (channel == MessageChannel.Email)
        {
            throw new RuleViolation("channel", text["Reminder.ChannelInvalid"]);
        }

        var balance = await book.BalanceAsync(customer.Id, ct);
        if (balance <= 0)
        {
            throw new RuleViolation("customerId", text["Reminder.NothingOwed"], 409);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await ClaimAsync(customer.Id, now, await settings.ReminderIntervalAsync(ct), ct);
        var (name, _) = await business.GetAsync(ct);
        var body = text["Reminder.Body", Salutation.For(customer), name, (balance / 100m).ToString("N2", Turkish)].Value;
        var queued = await outbox.QueueAsync(new OutgoingMessage(customer.Id, channel, MessagePurpose.Transactional,
            $"creditbook:{customer.Id}:reminder:{now:yyyyMMddHHmmss}", Body: body, Source: "creditbook"), ct);
        return (queued, body);
    }

    private async Task ClaimAsync(Guid customerId, DateTime now, TimeSpan interval, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.Set<CreditReminderState>().SingleOrDefaultAsync(s => s.CustomerId == customerId, ct);
        if (state is not null && now - state.LastSentAt < interval)
        {
            throw TooSoon(state.LastSentAt, interval);
        }

        if (state is null)
        {
            db.Add(new CreditReminderState(customerId, now));
        }
        else
        {
            state.Sent(now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tap claimed the slot between our read and write (unique row or version token).
            throw TooSoon(now, interval);
        }
    }

    private RuleViolation TooSoon(DateTime last, TimeSpan interval) =>
        new("reminder", text["Reminder.TooSoon", (int)interval.TotalDays, last.Add(interval).ToString("d MMMM yyyy", Turkish)], 409);
}
