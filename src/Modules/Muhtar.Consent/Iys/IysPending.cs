namespace Muhtar.Consent.Iys;

/// <summary>A ledger line still owed to İYS, with its deadline.</summary>
internal sealed record IysPending(
    Guid Id, Guid CustomerId, string? CustomerName, IysRow Row, DateTime DecidedAt, DateOnly LastDay, DateTime DueBy, bool Overdue);
