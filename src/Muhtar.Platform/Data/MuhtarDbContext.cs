using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Data;

/// <summary>
/// The one context for every module. Provider quirks and tenancy live here and nowhere else:
/// a named query filter on every <see cref="ITenantScoped"/> entity, TenantId stamped on insert,
/// audit rows and outbox jobs written in the same SaveChanges.
/// </summary>
public sealed partial class MuhtarDbContext(
    DbContextOptions<MuhtarDbContext> options,
    ITenantContext tenant,
    IEnumerable<IModuleModel> modules,
    TimeProvider time)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    internal ITenantContext Tenant => tenant;

    internal TimeProvider Time => time;

    /// <summary>Read by the query filter on every query, so the tenant is evaluated per context instance.</summary>
    public Guid CurrentTenantId => tenant.TenantId;

    /// <summary>Which modules shaped this model (see <see cref="ModuleModelCacheKeyFactory"/>).</summary>
    internal string ModulesKey { get; } = string.Join('|', modules.Select(m => m.GetType().FullName).Order(StringComparer.Ordinal));

    /// <summary>The Data Protection key ring, shared by every instance (see Security/DataProtectionSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("platform_users");
            b.HasIndex(u => u.TenantId);
            b.Property(u => u.DisplayName).HasMaxLength(200);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("platform_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("platform_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("platform_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("platform_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("platform_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("platform_role_claims");

        builder.ApplyConfigurationsFromAssembly(typeof(MuhtarDbContext).Assembly);
        foreach (var module in modules)
        {
            module.Configure(builder);
        }

        ApplyTenantFilters(builder);
        ApplyUtcDateTimes(builder);
    }

    private void ApplyTenantFilters(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => typeof(ITenantScoped).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            var row = Expression.Parameter(entity.ClrType, "row");
            var body = Expression.Equal(
                Expression.Property(row, nameof(ITenantScoped.TenantId)),
                Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, Expression.Lambda(body, row));
            builder.Entity(entity.ClrType).HasIndex(nameof(ITenantScoped.TenantId));
            builder.Entity(entity.ClrType).Property(nameof(ITenantScoped.TenantId))
                .Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Throw);
        }
    }
}
