using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity.Api;

/// <summary>
/// GET /api/v1/me: who the credentials belong to. Lets an integrator check a freshly pasted key
/// (which business, which scopes) before wiring a till to it.
/// </summary>
internal static class CallerEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", GetAsync).WithTags("Identity").WithName("GetCaller").RequireAuthorization();

    private static async Task<Results<Ok<CallerResponse>, UnauthorizedHttpResult>> GetAsync(
        ClaimsPrincipal principal, ITenantContext tenant, IDbContextFactory<MuhtarDbContext> dbs, CancellationToken ct)
    {
        if (!tenant.HasTenant)
        {
            return TypedResults.Unauthorized();
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var business = await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => new { t.Name, t.Slug }).SingleAsync(ct);
        var isKey = principal.HasClaim(c => c.Type == MuhtarClaims.ApiKeyId);
        return TypedResults.Ok(new CallerResponse(
            tenant.TenantId,
            business.Name,
            business.Slug,
            isKey ? "apikey" : "user",
            tenant.ActorName ?? "",
            [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)],
            [.. principal.FindAll(MuhtarClaims.Scope).Select(c => c.Value)],
            principal.FindFirst(MuhtarClaims.StoreCode)?.Value,
            principal.FindFirst(MuhtarClaims.TillCode)?.Value));
    }
}

/// <summary><see cref="Kind"/> is "user" or "apikey"; a person has roles, a key has scopes; a till key names its store and till.</summary>
public sealed record CallerResponse(
    Guid TenantId, string TenantName, string TenantSlug, string Kind, string Actor, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes,
    string? StoreCode = null, string? TillCode = null);
