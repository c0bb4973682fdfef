using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Pos.Localization;
using Muhtar.Pos.Queries;

namespace Muhtar.Pos.Api;

internal static class ProductEndpoints
{
    public static RouteGroupBuilder MapProductEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/products", ListAsync).WithName("ListPosProducts")
            .WithSummary("Products by name (Turkish-insensitive), barcode prefix or SKU; filter by category or tag");
        group.MapGet("/products/{id:guid}", GetAsync).WithName("GetPosProduct");
        return group;
    }

    private static async Task<Ok<ListResponse<ProductResponse>>> ListAsync(
        string? search, Guid? categoryId, string? tag, int? page, int? pageSize,
        ProductQueries products, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var result = await products.ListAsync(new ProductFilter(search, categoryId, tag), ProductSort.NameAscending, paging.Skip, paging.PageSize, ct);
        return TypedResults.Ok(new ListResponse<ProductResponse>(result.Items.Select(p => p.ToResponse()).ToList(), paging.Page, paging.PageSize, result.Total));
    }

    private static async Task<Results<Ok<ProductResponse>, NotFound>> GetAsync(Guid id, ProductQueries products, CancellationToken ct) =>
        await products.GetAsync(id, ct) is { } product ? TypedResults.Ok(product.ToResponse()) : TypedResults.NotFound();
}
