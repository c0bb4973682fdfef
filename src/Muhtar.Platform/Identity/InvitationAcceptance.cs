using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>An invitee opens the shared link, chooses a password and becomes an active user.</summary>
public sealed class InvitationAcceptance(IServiceScopeFactory scopes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record PendingInvitation(string Email, string DisplayName, string BusinessName);

    /// <summary>The invitation behind a token, or null when it is unknown, used or expired.</summary>
    public async Task<PendingInvitation?> FindAsync(string? token, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MuhtarDbContext>();
        var user = await FindUserAsync(db, token, ct);
        if (user is null)
        {
            return null;
        }

        var business = await db.Set<Tenant>().Where(t => t.Id == user.TenantId).Select(t => t.Name).SingleAsync(ct);
        return new PendingInvitation(user.Email ?? "", user.DisplayName, business);
    }

    /// <summary>Sets the password and activates the user; the token cannot be used again.</summary>
    public async Task<Guid> AcceptAsync(string? token, string password, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MuhtarDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var errors = scope.ServiceProvider.GetRequiredService<IdentityErrorTranslator>();
        var user = await FindUserAsync(db, token, ct) ?? throw new RuleViolation("token", l["Invitations.Invalid"]);

        await errors.CheckPasswordAsync(users, user, password);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        errors.ThrowIfFailed(await users.AddPasswordAsync(user, password), "email");
        user.IsActive = true;
        user.InvitationTokenHash = null;
        user.InvitationExpiresAt = null;
        user.EmailConfirmed = true;
        errors.ThrowIfFailed(await users.UpdateAsync(user), "email");
        await transaction.CommitAsync(ct);
        return user.Id;
    }

    private async Task<AppUser?> FindUserAsync(MuhtarDbContext db, string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = InvitationToken.Hash(token.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Users.SingleOrDefaultAsync(u => u.InvitationTokenHash == hash && u.InvitationExpiresAt > now, ct);
    }
}
