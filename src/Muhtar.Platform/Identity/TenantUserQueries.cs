using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Identity;

/// <summary>Queries over people of one business. Users are not under the tenant filter, so each names the tenant.</summary>
internal static class TenantUserQueries
{
    public static IQueryable<AppUser> UsersOf(this MuhtarDbContext db, Guid tenantId) =>
        db.Users.Where(u => u.TenantId == tenantId);

    public static Task<int> CountActiveOwnersAsync(this MuhtarDbContext db, Guid tenantId, CancellationToken ct) =>
        (from u in db.UsersOf(tenantId)
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.IsActive && r.Name == Roles.Owner
         select u.Id).Distinct().CountAsync(ct);

    public static Task<bool> IsOwnerAsync(this MuhtarDbContext db, Guid tenantId, Guid userId, CancellationToken ct) =>
        (from u in db.UsersOf(tenantId)
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.Id == userId && r.Name == Roles.Owner
         select u.Id).AnyAsync(ct);

    public static async Task<List<UserSummary>> ListAsync(this MuhtarDbContext db, Guid tenantId, CancellationToken ct)
    {
        var rows = await db.UsersOf(tenantId).AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.IsActive,
                Invited = u.InvitationTokenHash != null,
                u.CreatedAt,
                Role = (from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where ur.UserId == u.Id
                        select r.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var status = (bool active, bool invited) => active ? UserStatus.Active : invited ? UserStatus.Invited : UserStatus.Deactivated;
        return rows.Select(r => new UserSummary(r.Id, r.Email ?? "", r.DisplayName, r.Role ?? "", status(r.IsActive, r.Invited), r.CreatedAt))
            .ToList();
    }
}
