using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Pos;
using Muhtar.Pos.Api;
using Muhtar.Pos.Localization;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>/categories, /brands and /suppliers under /api/v1/pos: the same small CRUD for each.</summary>
internal static class CatalogNameEndpoints
{
    public static void MapCatalogNameEndpoints(this RouteGroupBuilder pos, RouteGroupBuilder catalog)
    {
        foreach (var (route, kind, name) in new[] { ("categories", CatalogKind.Category, "Category"), ("brands", CatalogKind.Brand, "Brand"), ("suppliers", CatalogKind.Supplier, "Supplier") })
        {
            pos.MapGet("/" + route, (int? page, int? pageSize, CatalogNames names, IStringLocalizer<PosResource> l, CancellationToken ct) =>
                ListAsync(kind, page, pageSize, names, l, ct)).WithName($"ListPos{name}s").WithSummary("In Turkish alphabetical order, with product counts");
            catalog.MapPost("/" + route, async Task<Created<CatalogName>> (CatalogNameRequest request, CatalogNames names, CancellationToken ct) =>
            {
                var created = await names.CreateAsync(kind, request, ct);
                return TypedResults.Created($"/api/v1/pos/{route}/{created.Id}", created);
            }).WithName($"CreatePos{name}").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
            catalog.MapPut("/" + route + "/{id:guid}", async Task<NoContent> (Guid id, CatalogNameRequest request, CatalogNames names, CancellationToken ct) =>
            {
                await names.UpdateAsync(kind, id, request, ct);
                return TypedResults.NoContent();
            }).WithName($"UpdatePos{name}").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
            catalog.MapDelete("/" + route + "/{id:guid}", async Task<NoContent> (Guid id, CatalogNames names, CancellationToken ct) =>
            {
                await names.DeleteAsync(kind, id, ct);
                return TypedResults.NoContent();
            }).WithName($"DeletePos{name}").WithSummary("409 while products (or sub-categories) use it");
        }
    }

    private static async Task<Ok<ListResponse<CatalogName>>> ListAsync(
        CatalogKind kind, int? page, int? pageSize, CatalogNames names, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var all = await names.ListAsync(kind, ct);
        return TypedResults.Ok(new ListResponse<CatalogName>(all.Skip(paging.Skip).Take(paging.PageSize).ToList(), paging.Page, paging.PageSize, all.Count));
    }
}
