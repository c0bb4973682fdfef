using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Audit;

/// <summary>Writes who/what/when/old/new for every <see cref="IAudited"/> change, in the same SaveChanges.</summary>
internal static class AuditTrail
{
    public static void Record(MuhtarDbContext db)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        var entries = db.ChangeTracker.Entries<IAudited>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var type = entry.Metadata.ClrType.Name;
            var id = entry.Entity.Id;
            var rows = entry.State switch
            {
                EntityState.Added => [new AuditEntry(type, id, AuditAction.Created, null, null, null, db.Tenant.UserId, db.Tenant.ActorName, now)],
                EntityState.Deleted => [new AuditEntry(type, id, AuditAction.Deleted, null, null, null, db.Tenant.UserId, db.Tenant.ActorName, now)],
                _ => Changes(entry, type, id, db.Tenant, now),
            };
            foreach (var row in rows)
            {
                db.Add(row);
                if (entry.Entity is ITenantScoped scoped && scoped.TenantId != Guid.Empty)
                {
                    db.Entry(row).Property(nameof(ITenantScoped.TenantId)).CurrentValue = scoped.TenantId;
                }
            }
        }
    }

    private static List<AuditEntry> Changes(EntityEntry entry, string type, Guid id, ITenantContext tenant, DateTime now) =>
        entry.Properties
            .Where(p => p.IsModified && p.Metadata.FindAnnotation(AuditExtensions.NotAuditedAnnotation) is null)
            .Select(p => (p.Metadata.Name, Old: Format(p.OriginalValue), New: Format(p.CurrentValue)))
            .Where(p => p.Old != p.New)
            .Select(p => new AuditEntry(type, id, AuditAction.Updated, p.Name, p.Old, p.New, tenant.UserId, tenant.ActorName, now))
            .ToList();

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
