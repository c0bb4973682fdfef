namespace Muhtar.Loyalty.Api;

/// <summary>POST /api/v1/loyalty/customers/{id}/adjustments: signed points and why.</summary>
internal sealed record AdjustmentRequest(long? Points, string? Reason);

internal sealed record AdjustmentResponse(LedgerEntryResponse Entry, long Balance);

internal sealed record CustomerLoyaltyResponse(
    Guid CustomerId, long Balance, decimal BalanceValue, string? Tier, string? TierBenefits, IReadOnlyList<StampCardStatusResponse> StampCards);

internal sealed record StampCardStatusResponse(Guid Id, string Name, int Stamps, int Required, bool RewardReady);

/// <summary>A ledger row; <see cref="Shortfall"/> is what a return could not take back because it was spent.</summary>
internal sealed record LedgerEntryResponse(
    Guid Id, string Kind, long Points, long Shortfall, string Source, Guid SourceId, Guid? ReceiptId,
    DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, DateTimeOffset? ExpiresAt, string? Reason, string? EnteredBy);

internal sealed record LedgerListResponse(IReadOnlyList<LedgerEntryResponse> Items, int Page, int PageSize, int Total);
