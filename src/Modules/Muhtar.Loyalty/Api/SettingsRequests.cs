namespace Muhtar.Loyalty.Api;

/// <summary>PUT /api/v1/loyalty/programme. <see cref="PointsPerLira"/> may be fractional (0.5 = a point per 2 TL);
/// <see cref="PointValue"/> is the TRY a point is worth when redeemed.</summary>
internal sealed record ProgrammeRequest(
    bool? IsActive, decimal? PointsPerLira, decimal? PointValue, long? MinRedeemPoints, int? MaxRedeemPercent, int? ExpiryMonths);

internal sealed record ProgrammeResponse(
    bool Configured, bool IsActive, decimal PointsPerLira, decimal PointValue, long MinRedeemPoints, int MaxRedeemPercent, int? ExpiryMonths);

/// <summary>POST/PUT an earn rule: <see cref="TargetKind"/> product|category|brand|supplier; window [startsAt, endsAt).</summary>
internal sealed record EarnRuleRequest(
    string? Name, string? TargetKind, Guid? TargetId, decimal? Multiplier, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

internal sealed record EarnRuleResponse(
    Guid Id, string Name, string TargetKind, Guid TargetId, string? TargetName, decimal Multiplier, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

internal sealed record TierRequest(string? Name, long? ThresholdPoints, decimal? EarnMultiplier, string? Benefits);

internal sealed record TierResponse(Guid Id, string Name, long ThresholdPoints, decimal EarnMultiplier, string? Benefits);

internal sealed record StampCardRequest(
    string? Name, int? StampsRequired, bool? IsActive, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    IReadOnlyList<StampTargetRequest>? Targets);

internal sealed record StampTargetRequest(string? Kind, Guid? Id);

internal sealed record StampCardResponse(
    Guid Id, string Name, int StampsRequired, bool IsActive, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    IReadOnlyList<StampTargetResponse> Targets);

internal sealed record StampTargetResponse(string Kind, Guid Id, string? Name);
