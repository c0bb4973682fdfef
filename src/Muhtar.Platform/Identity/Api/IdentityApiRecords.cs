namespace Muhtar.Platform.Identity.Api;

/// <summary>
/// Adds a person. Without <see cref="Password"/> an invitation is created and its link returned;
/// with one the user is active at once. The business is always the caller's own.
/// </summary>
public sealed record AddUserRequest(string Email, string DisplayName, string Role, string? Password = null);

public sealed record ChangeRoleRequest(string Role);

/// <summary><see cref="StoreCode"/> (and optionally <see cref="TillCode"/>) make a till key bound to that store (and till).</summary>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string>? Scopes = null, string? StoreCode = null, string? TillCode = null);

/// <summary>Status is "active", "invited" or "deactivated".</summary>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, string Status, DateTime CreatedAt)
{
    public static UserResponse From(UserSummary u) =>
        new(u.Id, u.Email, u.DisplayName, u.Role, u.Status.ToString().ToLowerInvariant(), u.CreatedAt);
}

/// <summary><see cref="AcceptUrl"/> is set for invitations: the link to share with the invitee.</summary>
public sealed record AddedUserResponse(Guid Id, string? AcceptUrl, DateTime? ExpiresAt);

public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt,
    string? StoreCode, string? TillCode)
{
    public static ApiKeyResponse From(ApiKeySummary k) =>
        new(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.StoreCode, k.TillCode);
}

/// <summary>The API's list shape (../shared/API.md).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
