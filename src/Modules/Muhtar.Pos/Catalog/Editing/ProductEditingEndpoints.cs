using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Pos.Api;
using Muhtar.Pos.Queries;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>Writing the catalogue's products: bulk sync by barcode, single create/change, archive and restore.</summary>
internal static class ProductEditingEndpoints
{
    public static RouteGroupBuilder MapProductEditingEndpoints(this RouteGroupBuilder catalog)
    {
        catalog.MapPut("/products/bulk", SyncAsync).WithName("SyncPosProducts")
            .WithSummary("Upsert up to 5,000 products by barcode; category, brand and supplier by name. All or nothing.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        catalog.MapPost("/products", CreateAsync).WithName("CreatePosProduct")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapPatch("/products/{id:guid}", UpdateAsync).WithName("UpdatePosProduct")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem(StatusCodes.Status409Conflict);
        catalog.MapPost("/products/{id:guid}/archive", ArchiveAsync).WithName("ArchivePosProduct")
            .WithSummary("Withdraw from sale: hidden from lists, still shown on old receipts");
        catalog.MapPost("/products/{id:guid}/restore", RestoreAsync).WithName("RestorePosProduct");
        return catalog;
    }

    private static async Task<Results<Ok<ProductSyncResult>, ProblemHttpResult>> SyncAsync(
        ProductSyncRequest request, ProductSync sync, IStringLocalizer<CatalogEditingResource> l, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var result = await sync.RunAsync(request, errors, ct);
        return result is not null
            ? TypedResults.Ok(result)
            : TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = l["Sync.Invalid"],
            });
    }

    private static async Task<Created<ProductResponse>> CreateAsync(ProductRequest request, ProductEditor editor, ProductQueries products, CancellationToken ct)
    {
        var id = await editor.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/pos/products/{id}", (await products.GetAsync(id, ct))!.ToResponse());
    }

    private static async Task<Ok<ProductResponse>> UpdateAsync(Guid id, ProductRequest request, ProductEditor editor, ProductQueries products, CancellationToken ct)
    {
        await editor.UpdateAsync(id, request, replace: false, ct);
        return TypedResults.Ok((await products.GetAsync(id, ct))!.ToResponse());
    }

    private static async Task<NoContent> ArchiveAsync(Guid id, ProductEditor editor, CancellationToken ct)
    {
        await editor.ArchiveAsync(id, archived: true, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RestoreAsync(Guid id, ProductEditor editor, CancellationToken ct)
    {
        await editor.ArchiveAsync(id, archived: false, ct);
        return TypedResults.NoContent();
    }
}
