using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Consent.Events;
using Muhtar.Abstractions.Customers;
using Muhtar.Consent.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Consent.Ledger;

/// <summary>
/// The consent ledger of the current business (C7) and the only writer of <see cref="ConsentRecord"/>.
/// Every query runs under the tenant filter, so another business's customer is unknown here.
/// </summary>
internal sealed class ConsentLedger(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    ICustomerDirectory customers,
    IStringLocalizer<ConsentResource> text) : IConsentLedger
{
    /// <summary>How far in the future a decision may be dated: clocks of tills and phones drift.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public Task RecordAsync(ConsentDecision decision, CancellationToken cancellationToken = default) =>
        RecordManyAsync([decision], cancellationToken);

    public Task RecordManyAsync(IReadOnlyList<ConsentDecision> decisions, CancellationToken cancellationToken = default) =>
        AppendAsync(decisions, decisions.Count > 1, cancellationToken);

    public async Task<IReadOnlyDictionary<ConsentChannel, ConsentDecision>> GetCurrentAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var ledger = await ReadLedgerAsync(customerId, cancellationToken);
        return CurrentConsent.Of(ledger).ToDictionary(p => p.Key, p => p.Value.ToDecision());
    }

    public async Task<bool> MaySendCommercialAsync(Guid customerId, ConsentChannel channel, CancellationToken cancellationToken = default) =>
        (await GetCurrentAsync(customerId, cancellationToken)).TryGetValue(channel, out var current) && current.Status == ConsentStatus.Approved;

    /// <summary>Current decision per channel and the whole ledger (newest first), or null for an unknown customer.</summary>
    public async Task<ConsentOverview?> OverviewAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        if (await customers.GetAsync(customerId, cancellationToken) is null)
        {
            return null;
        }

        return ConsentOverview.From(await ReadLedgerAsync(customerId, cancellationToken));
    }

    /// <summary>
    /// Appends the decisions in one transaction after checking every one. With <paramref name="indexed"/>
    /// a problem names the item ("decisions[2].decidedAt"), otherwise the bare field.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<ConsentDecision> decisions, bool indexed, CancellationToken cancellationToken = default)
    {
        if (decisions.Count == 0)
        {
            throw new RuleViolation("decisions", text["Validation.NoDecisions"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var people = new Dictionary<Guid, CustomerSummary>();
        var records = new List<ConsentRecord>(decisions.Count);
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            var prefix = indexed ? $"decisions[{i}]." : "";
            if (!people.TryGetValue(decision.CustomerId, out var customer))
            {
                customer = await customers.GetAsync(decision.CustomerId, cancellationToken)
                    ?? throw new RuleViolation(prefix + "customerId", text["Problem.CustomerNotFound"], 404);
                people[decision.CustomerId] = customer;
            }

            var recipient = Check(decision, customer, prefix, now);
            records.Add(new ConsentRecord(
                decision with { Evidence = string.IsNullOrWhiteSpace(decision.Evidence) ? null : decision.Evidence.Trim() },
                recipient, customer.Kind == "company", tenant.UserId, tenant.ActorName, now));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await PublishChangesAsync(db, records, now, cancellationToken);
        db.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes <see cref="ConsentChanged"/> (in the same SaveChanges) for each customer and channel whose
    /// counted decision changes status, so automations and the message outbox react to a new ONAY or RET,
    /// and an older decision entered late, which changes nothing, stays quiet.
    /// </summary>
    private static async Task PublishChangesAsync(MuhtarDbContext db, List<ConsentRecord> records, DateTime now, CancellationToken cancellationToken)
    {
        var customerIds = records.Select(r => r.CustomerId).Distinct().ToList();
        var existing = new List<ConsentRecord>();
        foreach (var chunk in customerIds.Chunk(500))
        {
            existing.AddRange(await db.Set<ConsentRecord>().AsNoTracking().Where(r => chunk.Contains(r.CustomerId)).ToListAsync(cancellationToken));
        }

        var before = existing.GroupBy(r => r.CustomerId).ToDictionary(g => g.Key, g => CurrentConsent.Of(g));
        var added = records.ToHashSet();
        foreach (var group in existing.Concat(records).GroupBy(r => r.CustomerId))
        {
            var was = before.GetValueOrDefault(group.Key);
            foreach (var (channel, current) in CurrentConsent.Of(group))
            {
                if (was is not null && was.TryGetValue(channel, out var old) && old.Status == current.Status)
                {
                    continue;
                }

                if (added.Contains(current))
                {
                    db.Publish(new ConsentChanged(group.Key, channel, current.Status, current.Source, now));
                }
            }
        }
    }

    private string Check(ConsentDecision decision, CustomerSummary customer, string prefix, DateTime now)
    {
        if (!Enum.IsDefined(decision.Channel))
        {
            throw new RuleViolation(prefix + "channel", text["Validation.ChannelUnknown"]);
        }

        if (!Enum.IsDefined(decision.Status))
        {
            throw new RuleViolation(prefix + "status", text["Validation.StatusUnknown"]);
        }

        if (!Enum.IsDefined(decision.Source))
        {
            throw new RuleViolation(prefix + "source", text["Validation.SourceUnknown"]);
        }

        var decidedAt = DateTime.SpecifyKind(decision.DecidedAt, DateTimeKind.Utc);
        if (decidedAt > now + ClockSkew)
        {
            throw new RuleViolation(prefix + "decidedAt", text["Validation.DecidedInFuture"]);
        }

        if (decidedAt < Earliest)
        {
            throw new RuleViolation(prefix + "decidedAt", text["Validation.DecidedTooEarly"]);
        }

        if (decision.Evidence?.Trim().Length > ConsentRecord.MaxEvidenceLength)
        {
            throw new RuleViolation(prefix + "evidence", text["Validation.EvidenceTooLong", ConsentRecord.MaxEvidenceLength]);
        }

        // A decision is about an address: no phone, no SMS consent to speak of.
        var recipient = decision.Channel == ConsentChannel.Email ? customer.Email : customer.Phone;
        return recipient ?? throw new RuleViolation(
            prefix + "channel",
            decision.Channel == ConsentChannel.Email ? text["Validation.NoEmail"] : text["Validation.NoPhone"]);
    }

    private async Task<List<ConsentRecord>> ReadLedgerAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ConsentRecord>().AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync(cancellationToken);
    }
}
