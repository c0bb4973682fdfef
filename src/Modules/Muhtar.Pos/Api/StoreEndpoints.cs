using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Pos.Localization;
using Muhtar.Pos.Queries;

namespace Muhtar.Pos.Api;

internal static class StoreEndpoints
{
    public static RouteGroupBuilder MapStoreEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/stores", ListAsync).WithName("ListPosStores").WithSummary("Stores of the business with their till codes");
        return group;
    }

    private static async Task<Ok<ListResponse<StoreResponse>>> ListAsync(
        int? page, int? pageSize, StoreQueries stores, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var result = await stores.ListAsync(paging.Skip, paging.PageSize, ct);
        return TypedResults.Ok(new ListResponse<StoreResponse>(result.Items.Select(s => s.ToResponse()).ToList(), paging.Page, paging.PageSize, result.Total));
    }
}
