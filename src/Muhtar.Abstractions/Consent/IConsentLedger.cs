namespace Muhtar.Abstractions.Consent;

/// <summary>
/// The consent ledger (C7) of the current business. Append-only: a decision is never edited, a newer
/// one supersedes it. For each channel the decision with the latest <see cref="ConsentDecision.DecidedAt"/>
/// counts, and a refusal wins over an approval with the same time.
/// </summary>
public interface IConsentLedger
{
    Task RecordAsync(ConsentDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Records many at once (imports, enrolment); one transaction.</summary>
    Task RecordManyAsync(IReadOnlyList<ConsentDecision> decisions, CancellationToken cancellationToken = default);

    /// <summary>The decision that counts per channel; channels never decided are absent.</summary>
    Task<IReadOnlyDictionary<ConsentChannel, ConsentDecision>> GetCurrentAsync(
        Guid customerId, CancellationToken cancellationToken = default);

    /// <summary>True when the current decision for the channel is an approval (commercial sends need it).</summary>
    Task<bool> MaySendCommercialAsync(Guid customerId, ConsentChannel channel, CancellationToken cancellationToken = default);
}
