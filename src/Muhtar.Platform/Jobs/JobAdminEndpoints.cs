using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Dead letters for a business's admins. platform_jobs spans tenants and has no query filter, so every
/// query here is restricted to the caller's tenant by hand.
/// </summary>
internal static class JobAdminEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapJobAdmin(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/admin/jobs")
            .WithTags("Jobs")
            .RequirePermission(Permissions.JobsManage);
        group.MapGet("/dead", ListDeadAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
        return group;
    }

    private static async Task<Ok<DeadJobPage>> ListDeadAsync(
        ITenantContext tenant, IDbContextFactory<MuhtarDbContext> contexts, int? page, int? pageSize, CancellationToken ct)
    {
        var p = Math.Max(1, page ?? 1);
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dead = db.Set<Job>().AsNoTracking().Where(j => j.TenantId == tenant.TenantId && j.FailedAt != null);
        var total = await dead.CountAsync(ct);
        var rows = await dead
            .OrderByDescending(j => j.FailedAt).ThenBy(j => j.Id)
            .Skip((p - 1) * size).Take(size)
            .Select(j => new { j.Id, j.Kind, j.Type, j.Attempts, j.MaxAttempts, j.LastError, j.CreatedAt, j.FailedAt })
            .ToListAsync(ct);
        var items = rows.Select(j => new DeadJob(
                j.Id, j.Kind == JobKind.Event ? "event" : "task", j.Type, j.Attempts, j.MaxAttempts, j.LastError,
                new DateTimeOffset(j.CreatedAt, TimeSpan.Zero), new DateTimeOffset(j.FailedAt!.Value, TimeSpan.Zero)))
            .ToList();
        return TypedResults.Ok(new DeadJobPage(items, p, size, total));
    }

    private static async Task<Results<NoContent, NotFound>> RetryAsync(Guid id, ITenantContext tenant, JobStore store, CancellationToken ct) =>
        await store.RetryDeadAsync(id, tenant.TenantId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
