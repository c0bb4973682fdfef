using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;

namespace Muhtar.Scheduling.Staff;

/// <summary>The current business's staff members and resources; used by the API, the settings page and booking.</summary>
internal sealed class StaffDirectory(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, IStringLocalizer<SchedulingResource> text)
{
    private static readonly StringComparer Turkish = StringComparer.Create(TurkishText.Turkish, false);

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staff = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
        return [.. staff.OrderByDescending(s => s.IsActive).ThenBy(s => s.DisplayName, Turkish)];
    }

    public async Task<IReadOnlyList<Resource>> ListResourcesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var resources = await db.Set<Resource>().AsNoTracking().ToListAsync(ct);
        return [.. resources.OrderByDescending(r => r.IsActive).ThenBy(r => r.Name, Turkish)];
    }

    /// <summary>Creates (id null) or changes a staff member; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<StaffMember?> SaveStaffAsync(Guid? id, StaffDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ValidateAsync(db, draft, ct);
        var member = id is null ? null : await db.Set<StaffMember>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (id is not null && member is null)
        {
            return null;
        }

        if (member is null)
        {
            member = new StaffMember(draft);
            db.Add(member);
        }
        else
        {
            member.Apply(draft);
        }

        await db.SaveChangesAsync(ct);
        return member;
    }

    /// <summary>Creates (id null) or changes a resource; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<Resource?> SaveResourceAsync(Guid? id, string name, int capacity, bool isActive, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new RuleViolation("name", text["Resource.NameRequired"]);
        }
        if (capacity is < 1 or > 50)
        {
            throw new RuleViolation("capacity", text["Resource.CapacityInvalid"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var resource = id is null ? null : await db.Set<Resource>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (id is not null && resource is null)
        {
            return null;
        }

        if (resource is null)
        {
            resource = new Resource(name, capacity, isActive);
            db.Add(resource);
        }
        else
        {
            resource.Apply(name, capacity, isActive);
        }

        await db.SaveChangesAsync(ct);
        return resource;
    }

    private async Task ValidateAsync(MuhtarDbContext db, StaffDraft draft, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.DisplayName) || draft.DisplayName.Length > 200)
        {
            throw new RuleViolation("displayName", text["Staff.NameRequired"]);
        }
        if (draft.Hours.GroupBy(d => d.Day).Any(g => g.Count() > 1))
        {
            throw new RuleViolation("hours", text["Staff.DayTwice"]);
        }
        for (var i = 0; i < draft.Hours.Count; i++)
        {
            var day = draft.Hours[i];
            if (day.Start >= day.End)
            {
                throw new RuleViolation($"hours[{i}].end", text["Staff.HoursInvalid"]);
            }
            if (day.Breaks.Any(b => b.Start >= b.End || b.Start < day.Start || b.End > day.End))
            {
                throw new RuleViolation($"hours[{i}].breaks", text["Staff.BreakInvalid"]);
            }
        }
        // Another business's user or service ids are refused like unknown ones (services by the tenant filter).
        if (draft.UserId is { } userId && !await db.Set<AppUser>().AnyAsync(u => u.Id == userId && u.TenantId == tenant.TenantId, ct))
        {
            throw new RuleViolation("userId", text["Staff.UserUnknown"]);
        }
        var serviceIds = draft.ServiceIds.Distinct().ToList();
        if (serviceIds.Count > 0 && await db.Set<BookableService>().CountAsync(s => serviceIds.Contains(s.Id), ct) != serviceIds.Count)
        {
            throw new RuleViolation("serviceIds", text["Staff.ServiceUnknown"]);
        }
    }
}
