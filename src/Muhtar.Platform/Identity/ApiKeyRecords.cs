namespace Muhtar.Platform.Identity;

/// <summary>The one moment the full key is visible: right after creation.</summary>
public sealed record CreatedApiKey(Guid Id, string Key);

/// <summary>A key as lists show it; <see cref="Prefix"/> is the public part, e.g. "mk_ab12cd34…".</summary>
public sealed record ApiKeySummary(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    DateTime CreatedAt,
    DateTime? LastUsedAt,
    DateTime? RevokedAt,
    string? StoreCode = null,
    string? TillCode = null);
