using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>
/// The people of the current business (I5): create, invite, list, change role, deactivate. The business always
/// comes from <see cref="ITenantContext"/>, never from input. The last active Owner can be neither demoted nor
/// deactivated, and only an Owner can hand out or take away the Owner role.
/// </summary>
public sealed class UserAdministration(
    ITenantContext tenant,
    IServiceScopeFactory scopes,
    IDbContextFactory<MuhtarDbContext> dbs,
    TimeProvider time,
    IStringLocalizer<SharedResource> l)
{
    private static readonly StringComparer TurkishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("tr-TR"), ignoreCase: true);

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var tenantId = RequireTenant();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var users = await db.ListAsync(tenantId, ct);
        return [.. users.OrderBy(u => u.DisplayName, TurkishOrder).ThenBy(u => u.Email, StringComparer.Ordinal)];
    }

    /// <summary>Creates an active user who can sign in at once with <paramref name="password"/>.</summary>
    public async Task<Guid> CreateUserAsync(string email, string displayName, string role, string password, CancellationToken ct = default)
    {
        var user = await AddUserAsync(email, displayName, role, password, invitationHash: null, ct);
        return user.Id;
    }

    /// <summary>Creates an inactive user and returns the acceptance link the inviter shares; the invitee sets a password there.</summary>
    public async Task<UserInvitation> InviteAsync(string email, string displayName, string role, CancellationToken ct = default)
    {
        var token = InvitationToken.Generate();
        var user = await AddUserAsync(email, displayName, role, password: null, InvitationToken.Hash(token), ct);
        return new UserInvitation(user.Id, InvitationToken.AcceptPath(token), user.InvitationExpiresAt!.Value);
    }

    public async Task ChangeRoleAsync(Guid userId, string role, CancellationToken ct = default)
    {
        var tenantId = RequireTenant();
        var canonical = RoleNames.Canonical(role) ?? throw new RuleViolation("role", l["Users.RoleUnknown"]);
        await using var scope = scopes.CreateAsyncScope();
        var (db, users, errors) = Resolve(scope);
        var user = await FindAsync(db, tenantId, userId, ct);
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == canonical)
        {
            return;
        }

        var wasOwner = current.Contains(Roles.Owner);
        await RequireOwnerToTouchOwnersAsync(db, tenantId, wasOwner || canonical == Roles.Owner, ct);
        if (wasOwner && user.IsActive && await db.CountActiveOwnersAsync(tenantId, ct) <= 1)
        {
            throw new RuleViolation("role", l["Users.LastOwner"], 409);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        errors.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current), "email");
        errors.ThrowIfFailed(await users.AddToRoleAsync(user, canonical), "email");
        // The person signs in again with the new role; until then no session keeps the old role's rights.
        errors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "email");
        await transaction.CommitAsync(ct);
    }

    /// <summary>Deactivates a user (or withdraws a pending invitation); their cookie stops working within a minute.</summary>
    public async Task DeactivateAsync(Guid userId, CancellationToken ct = default)
    {
        var tenantId = RequireTenant();
        await using var scope = scopes.CreateAsyncScope();
        var (db, users, errors) = Resolve(scope);
        var user = await FindAsync(db, tenantId, userId, ct);
        if (!user.IsActive && user.InvitationTokenHash is null)
        {
            return;
        }

        var isOwner = await db.IsOwnerAsync(tenantId, userId, ct);
        await RequireOwnerToTouchOwnersAsync(db, tenantId, isOwner, ct);
        if (isOwner && user.IsActive && await db.CountActiveOwnersAsync(tenantId, ct) <= 1)
        {
            throw new RuleViolation("userId", l["Users.LastOwner"], 409);
        }

        user.IsActive = false;
        user.InvitationTokenHash = null;
        user.InvitationExpiresAt = null;
        // A new security stamp invalidates the user's existing cookies at their next validation.
        errors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "email");
    }

    private async Task<AppUser> AddUserAsync(string email, string displayName, string role, string? password, string? invitationHash, CancellationToken ct)
    {
        var tenantId = RequireTenant();
        var normalizedEmail = EmailRules.Normalize(email) ?? throw new RuleViolation("email", l["Users.EmailInvalid"]);
        var name = (displayName ?? "").Trim();
        if (name.Length is 0 or > TenantOnboarding.MaxNameLength)
        {
            throw new RuleViolation("displayName", l["Validation.NameRequired", TenantOnboarding.MaxNameLength]);
        }

        var canonical = RoleNames.Canonical(role) ?? throw new RuleViolation("role", l["Users.RoleUnknown"]);
        await using var scope = scopes.CreateAsyncScope();
        var (db, users, errors) = Resolve(scope);
        await RequireOwnerToTouchOwnersAsync(db, tenantId, canonical == Roles.Owner, ct);

        var now = time.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            UserName = normalizedEmail,
            Email = normalizedEmail,
            DisplayName = name,
            IsActive = invitationHash is null,
            InvitationTokenHash = invitationHash,
            InvitationExpiresAt = invitationHash is null ? null : now + InvitationToken.Lifetime,
            CreatedAt = now,
        };
        if (password is not null)
        {
            await errors.CheckPasswordAsync(users, user, password);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        errors.ThrowIfFailed(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password), "email");
        errors.ThrowIfFailed(await users.AddToRoleAsync(user, canonical), "email");
        await transaction.CommitAsync(ct);
        return user;
    }

    private async Task RequireOwnerToTouchOwnersAsync(MuhtarDbContext db, Guid tenantId, bool touchesOwner, CancellationToken ct)
    {
        // No signed-in person (operator command line, start-up seeding) acts with the installation's authority.
        if (touchesOwner && tenant.UserId is { } actor && !await db.IsOwnerAsync(tenantId, actor, ct))
        {
            throw new RuleViolation("role", l["Users.OnlyOwnerManagesOwners"], 403);
        }
    }

    private async Task<AppUser> FindAsync(MuhtarDbContext db, Guid tenantId, Guid userId, CancellationToken ct) =>
        await db.UsersOf(tenantId).SingleOrDefaultAsync(u => u.Id == userId, ct)
        ?? throw new RuleViolation("userId", l["Users.NotFound"], 404);

    private static (MuhtarDbContext Db, UserManager<AppUser> Users, IdentityErrorTranslator Errors) Resolve(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<MuhtarDbContext>(),
         scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
         scope.ServiceProvider.GetRequiredService<IdentityErrorTranslator>());

    private Guid RequireTenant() =>
        tenant.HasTenant ? tenant.TenantId : throw new InvalidOperationException("User administration needs a current business.");
}
