using Muhtar.Abstractions.Consent;

namespace Muhtar.Consent.Ledger;

/// <summary>What the customer page and GET /consents show: the decision that counts per channel and the ledger.</summary>
internal sealed record ConsentOverview(IReadOnlyList<ChannelConsent> Current, IReadOnlyList<ConsentLine> History)
{
    public static ConsentOverview From(IReadOnlyList<ConsentRecord> ledger)
    {
        var current = CurrentConsent.Of(ledger);
        return new(
            Enum.GetValues<ConsentChannel>()
                .Select(c => current.TryGetValue(c, out var r) ? new ChannelConsent(c, r.Status, r.Source, r.DecidedAt, r.Id) : new ChannelConsent(c, null, null, null, null))
                .ToList(),
            ledger.OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)
                .Select(ConsentLine.From).ToList());
    }
}

/// <summary>A channel's standing: null status when nobody ever decided.</summary>
internal sealed record ChannelConsent(ConsentChannel Channel, ConsentStatus? Status, ConsentSource? Source, DateTime? Since, Guid? RecordId);

/// <summary>One ledger line as shown.</summary>
internal sealed record ConsentLine(
    Guid Id, ConsentChannel Channel, ConsentStatus Status, ConsentSource Source, DateTime DecidedAt, DateTime RecordedAt,
    string? Evidence, string? EnteredBy)
{
    public static ConsentLine From(ConsentRecord r) =>
        new(r.Id, r.Channel, r.Status, r.Source, DateTime.SpecifyKind(r.DecidedAt, DateTimeKind.Utc),
            DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc), r.Evidence, r.EnteredBy);
}
