using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Data;

public sealed partial class MuhtarDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BeforeSave()
    {
        ChangeTracker.DetectChanges();
        StampTenant();
        AuditTrail.Record(this);
    }

    /// <summary>New rows get the current tenant; a row for another tenant is refused outright.</summary>
    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantScoped>().Where(e => e.State == EntityState.Added))
        {
            var property = entry.Property(nameof(ITenantScoped.TenantId));
            var current = (Guid)property.CurrentValue!;
            if (current == Guid.Empty)
            {
                if (!tenant.HasTenant)
                {
                    throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} cannot be saved without a tenant.");
                }

                property.CurrentValue = tenant.TenantId;
            }
            else if (tenant.HasTenant && current != tenant.TenantId)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another tenant cannot be saved.");
            }
        }
    }
}
