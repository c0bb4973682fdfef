using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Localization;

namespace Muhtar.Platform.Tenancy;

/// <summary>Signs up a business: the tenant and its Owner are created together or not at all.</summary>
public sealed class TenantOnboarding(IServiceScopeFactory scopes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public const int MaxNameLength = 200;

    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (businessName, slug) = CheckBusiness(request.BusinessName, request.Slug);
        var ownerName = RequireName(request.OwnerName, "ownerName");
        var email = EmailRules.Normalize(request.OwnerEmail) ?? throw new RuleViolation("ownerEmail", l["Users.EmailInvalid"]);
        var (tenantId, ownerId) = await CreateAsync(businessName, slug, (ownerName, email, request.Password), ct);
        return new SignUpResult(tenantId, ownerId!.Value);
    }

    /// <summary>A business without a person yet, e.g. one that only integrates through API keys (operator command line).</summary>
    public async Task<Guid> CreateTenantAsync(string businessName, string slug, CancellationToken ct = default)
    {
        var (name, checkedSlug) = CheckBusiness(businessName, slug);
        return (await CreateAsync(name, checkedSlug, owner: null, ct)).TenantId;
    }

    private async Task<(Guid TenantId, Guid? OwnerId)> CreateAsync(
        string businessName, string slug, (string Name, string Email, string Password)? owner, CancellationToken ct)
    {
        // A scope of its own: the user store and this code share one context and so one transaction,
        // and a failed attempt leaves nothing tracked behind for the caller's next try.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MuhtarDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var errors = scope.ServiceProvider.GetRequiredService<IdentityErrorTranslator>();

        var now = time.GetUtcNow().UtcDateTime;
        var tenant = new Tenant(businessName, slug, now);
        var user = owner is not { } o ? null : new AppUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            UserName = o.Email,
            Email = o.Email,
            DisplayName = o.Name,
            IsActive = true,
            CreatedAt = now,
        };
        if (user is not null)
        {
            await errors.CheckPasswordAsync(users, user, owner!.Value.Password);
        }

        await ThrowIfTakenAsync(db, users, slug, user?.Email, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Add(tenant);
            await db.SaveChangesAsync(ct);
            if (user is not null)
            {
                errors.ThrowIfFailed(await users.CreateAsync(user, owner!.Value.Password), "ownerEmail");
                errors.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.Owner), "ownerEmail");
            }

            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone took the slug or e-mail between the check and the insert: report it like the check would.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            await ThrowIfTakenAsync(db, users, slug, user?.Email, ct);
            throw;
        }

        return (tenant.Id, user?.Id);
    }

    private (string Name, string Slug) CheckBusiness(string? businessName, string? slug) =>
        (RequireName(businessName, "businessName"),
         TenantSlug.Normalize(slug) ?? throw new RuleViolation("slug", l["Tenants.SlugInvalid", TenantSlug.MinLength, TenantSlug.MaxLength]));

    private async Task ThrowIfTakenAsync(MuhtarDbContext db, UserManager<AppUser> users, string slug, string? email, CancellationToken ct)
    {
        if (await db.Set<Tenant>().AnyAsync(t => t.Slug == slug, ct))
        {
            throw new RuleViolation("slug", l["Tenants.SlugTaken", slug], 409);
        }

        if (email is not null && await users.FindByEmailAsync(email) is not null)
        {
            throw new RuleViolation("ownerEmail", l["Users.EmailInUse"], 409);
        }
    }

    private string RequireName(string? value, string field)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length is > 0 and <= MaxNameLength ? trimmed : throw new RuleViolation(field, l["Validation.NameRequired", MaxNameLength]);
    }
}
