namespace Muhtar.Abstractions.Consent;

/// <summary>One entry of the append-only consent ledger.</summary>
/// <param name="DecidedAt">When the person decided (UTC); the latest decision per channel counts.</param>
/// <param name="Evidence">What proves it: form text, signature reference, message id.</param>
public sealed record ConsentDecision(
    Guid CustomerId, ConsentChannel Channel, ConsentStatus Status, ConsentSource Source, DateTime DecidedAt,
    string? Evidence = null);
