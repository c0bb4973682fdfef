namespace Muhtar.Platform.Identity;

public enum UserStatus
{
    Active,
    Invited,
    Deactivated,
}

/// <summary>A person of the current business as the users page and API list them.</summary>
public sealed record UserSummary(Guid Id, string Email, string DisplayName, string Role, UserStatus Status, DateTime CreatedAt);

/// <summary>
/// An invitation waiting to be accepted. <see cref="AcceptPath"/> (<c>/account/accept?token=…</c>) is the only
/// copy of the token: the owner shares it with the invitee; only its hash is stored.
/// </summary>
public sealed record UserInvitation(Guid UserId, string AcceptPath, DateTime ExpiresAt);
