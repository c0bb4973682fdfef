using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Tasks;

internal sealed record TaskResponse(
    Guid Id, string Title, Guid? CustomerId, Guid? AssigneeUserId, string? AssigneeRole, DateTime? DueAt, DateTime CreatedAt, DateTime? DoneAt, string? DoneBy);

/// <summary>"Görevlerim": open tasks assigned to the signed-in user or to one of their roles; marking one done.</summary>
internal sealed class TaskService(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time)
{
    public async Task<IReadOnlyList<TaskResponse>> MineAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var userId = tenant.UserId;
        var roleList = roles.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<AutomationTask>().AsNoTracking()
            .Where(t => t.DoneAt == null
                && ((userId != null && t.AssigneeUserId == userId) || (t.AssigneeUserId == null && t.AssigneeRole != null && roleList.Contains(t.AssigneeRole))))
            .OrderBy(t => t.CreatedAt).Take(500)
            .Select(t => new TaskResponse(t.Id, t.Title, t.CustomerId, t.AssigneeUserId, t.AssigneeRole, t.DueAt, t.CreatedAt, t.DoneAt, t.DoneBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks a task of this business done; false when there is no such task.</summary>
    public async Task<bool> CompleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var task = await db.Set<AutomationTask>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return false;
        }

        if (task.MarkDone(tenant.ActorName, time.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The business's active users, for choosing a task's assignee.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tenantId = tenant.TenantId;
        var users = await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return users.Select(u => (u.Id, u.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<TaskResponse>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<AutomationTask>().AsNoTracking().Where(t => t.CustomerId == customerId).OrderByDescending(t => t.CreatedAt).Take(100)
            .Select(t => new TaskResponse(t.Id, t.Title, t.CustomerId, t.AssigneeUserId, t.AssigneeRole, t.DueAt, t.CreatedAt, t.DoneAt, t.DoneBy))
            .ToListAsync(cancellationToken);
    }
}
