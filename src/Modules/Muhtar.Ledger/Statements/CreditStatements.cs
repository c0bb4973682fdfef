using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Ledger.Api;
using Muhtar.Ledger.Book;
using Muhtar.Ledger.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Ledger.Statements;

/// <summary>
/// Month-end statements (hesap özeti): opening balance, the month's entries with a running balance, closing balance;
/// and sending one as a transactional message, once per customer and month (the dedupe key makes a second tap a no-op).
/// </summary>
internal sealed class CreditStatements(
    IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, BusinessProfile business, IMessageOutbox outbox,
    IStringLocalizer<LedgerResource> text)
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public async Task<StatementMonth> CurrentMonthAsync(CancellationToken ct = default)
    {
        var (_, zone) = await business.GetAsync(ct);
        return StatementMonth.Containing(time.GetUtcNow().UtcDateTime, zone);
    }

    public StatementMonth Parse(string? month) =>
        StatementMonth.TryParse(month, out var parsed) ? parsed : throw new RuleViolation("month", text["Statement.MonthInvalid"]);

    public async Task<StatementResponse> BuildAsync(CustomerSummary customer, StatementMonth month, CancellationToken ct = default)
    {
        var (name, zone) = await business.GetAsync(ct);
        if (month.CompareTo(StatementMonth.Containing(time.GetUtcNow().UtcDateTime, zone)) > 0)
        {
            throw new RuleViolation("month", text["Statement.MonthInFuture"]);
        }

        var from = month.StartUtc(zone);
        var to = month.Next.StartUtc(zone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.Set<CreditEntry>().AsNoTracking().Where(e => e.CustomerId == customer.Id);
        var opening = await entries.Where(e => e.RecordedAt < from).SumAsync(e => e.AmountKurus, ct);
        var inMonth = await entries.Where(e => e.RecordedAt >= from && e.RecordedAt < to)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToListAsync(ct);
        var running = opening;
        var lines = new List<StatementLine>(inMonth.Count);
        foreach (var entry in inMonth)
        {
            running += entry.AmountKurus;
            lines.Add(new StatementLine(EntryResponse.From(entry), running / 100m));
        }

        return new StatementResponse(customer.Id, customer.DisplayName, customer.Phone, name, month.ToString(),
            DateTime.SpecifyKind(from, DateTimeKind.Utc), DateTime.SpecifyKind(to, DateTimeKind.Utc), opening / 100m, lines, running / 100m);
    }

    public async Task<StatementSentResponse> SendAsync(CustomerSummary customer, StatementMonth month, MessageChannel channel, CancellationToken ct = default)
    {
        if (channel == MessageChannel.Email)
        {
            throw new RuleViolation("channel", text["Reminder.ChannelInvalid"]);
        }

        var statement = await BuildAsync(customer, month, ct);
        var body = text["Statement.Body", Salutation.For(customer), statement.Business, month.Name(Turkish),
            statement.ClosingBalance.ToString("N2", Turkish)].Value;
        var queued = await outbox.QueueAsync(new OutgoingMessage(customer.Id, channel, MessagePurpose.Transactional,
            $"creditbook:{customer.Id}:statement:{month}", Body: body, Source: "creditbook"), ct);
        return new StatementSentResponse(queued.MessageId, queued.AlreadyQueued, body);
    }
}
