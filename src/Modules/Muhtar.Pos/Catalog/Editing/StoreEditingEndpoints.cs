using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>Stores and tills: GET one store under pos.read; writing under pos.catalog.</summary>
internal static class StoreEditingEndpoints
{
    public static void MapStoreEditingEndpoints(this RouteGroupBuilder pos, RouteGroupBuilder catalog)
    {
        pos.MapGet("/stores/{id:guid}", async Task<Results<Ok<StoreDetails>, NotFound>> (Guid id, StoreEditor stores, CancellationToken ct) =>
            await stores.GetAsync(id, ct) is { } store ? TypedResults.Ok(store) : TypedResults.NotFound()).WithName("GetPosStore");
        catalog.MapPost("/stores", async Task<Created<StoreDetails>> (StoreRequest request, StoreEditor stores, CancellationToken ct) =>
        {
            var id = await stores.CreateAsync(request, ct);
            return TypedResults.Created($"/api/v1/pos/stores/{id}", (await stores.GetAsync(id, ct))!);
        }).WithName("CreatePosStore").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapPut("/stores/{id:guid}", async Task<Ok<StoreDetails>> (Guid id, StoreRequest request, StoreEditor stores, CancellationToken ct) =>
        {
            await stores.UpdateAsync(id, request, ct);
            return TypedResults.Ok((await stores.GetAsync(id, ct))!);
        }).WithName("UpdatePosStore").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapPost("/stores/{id:guid}/tills", async Task<Created<TillItem>> (Guid id, TillRequest request, StoreEditor stores, CancellationToken ct) =>
        {
            var till = await stores.AddTillAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/pos/tills/{till.Id}", till);
        }).WithName("CreatePosTill").ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapPut("/tills/{id:guid}", async Task<NoContent> (Guid id, TillRequest request, StoreEditor stores, CancellationToken ct) =>
        {
            await stores.RenameTillAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithName("RenamePosTill").ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapDelete("/tills/{id:guid}", async Task<NoContent> (Guid id, StoreEditor stores, CancellationToken ct) =>
        {
            await stores.DeleteTillAsync(id, ct);
            return TypedResults.NoContent();
        }).WithName("DeletePosTill").WithSummary("409 when the till has receipts or a live till key");
    }
}
