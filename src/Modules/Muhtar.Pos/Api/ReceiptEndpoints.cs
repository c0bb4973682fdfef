using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Pos.Localization;
using Muhtar.Pos.Queries;

namespace Muhtar.Pos.Api;

internal static class ReceiptEndpoints
{
    public static RouteGroupBuilder MapReceiptEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/receipts", ListAsync).WithName("ListPosReceipts")
            .WithSummary("Receipts with their lines, newest first; filter by customer, store and time (from inclusive, to exclusive)");
        group.MapGet("/receipts/{id:guid}", GetAsync).WithName("GetPosReceipt");
        return group;
    }

    private static async Task<Ok<ListResponse<ReceiptResponse>>> ListAsync(
        Guid? customerId, Guid? storeId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        ReceiptQueries receipts, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var filter = new ReceiptFilter(customerId, storeId, from?.UtcDateTime, to?.UtcDateTime);
        var result = await receipts.ListAsync(filter, paging.Skip, paging.PageSize, withLines: true, ct);
        return TypedResults.Ok(new ListResponse<ReceiptResponse>(result.Items.Select(r => r.ToResponse()).ToList(), paging.Page, paging.PageSize, result.Total));
    }

    private static async Task<Results<Ok<ReceiptResponse>, NotFound>> GetAsync(Guid id, ReceiptQueries receipts, CancellationToken ct) =>
        await receipts.GetAsync(id, ct) is { } receipt ? TypedResults.Ok(receipt.ToResponse()) : TypedResults.NotFound();
}
