using Muhtar.Abstractions.Consent;

namespace Muhtar.Consent.Ledger;

/// <summary>
/// Which line of the ledger counts for a channel: the latest decision by <see cref="ConsentRecord.DecidedAt"/>;
/// at the same instant a refusal beats an approval (an explicit RET always wins); among equals the line
/// recorded last. When it was recorded never matters otherwise: a late-entered approval dated before a
/// refusal does not override it.
/// </summary>
internal static class CurrentConsent
{
    public static IReadOnlyDictionary<ConsentChannel, ConsentRecord> Of(IEnumerable<ConsentRecord> ledger) =>
        ledger.GroupBy(r => r.Channel)
            .ToDictionary(g => g.Key, g => g
                .OrderByDescending(r => r.DecidedAt)
                .ThenByDescending(r => r.Status == ConsentStatus.Refused)
                .ThenByDescending(r => r.RecordedAt)
                .ThenByDescending(r => r.Id)
                .First());
}
