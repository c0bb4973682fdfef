using Microsoft.AspNetCore.Identity;

namespace Muhtar.Platform.Identity;

/// <summary>
/// A person who signs in. Belongs to exactly one business. Not under the tenant query filter because
/// sign-in must find a user before a tenant is known; user administration always filters by tenant.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>SHA-256 of a pending invitation's token; the token itself only travels in the link.</summary>
    public string? InvitationTokenHash { get; set; }

    public DateTime? InvitationExpiresAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
