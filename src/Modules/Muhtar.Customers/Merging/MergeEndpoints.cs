using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Duplicates;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Merging;

/// <summary>
/// /api/v1/customers/duplicates and /api/v1/customers/merges (C4). Everything here needs customers.merge:
/// it shows customers side by side and changes many rows at once.
/// </summary>
internal static class MergeEndpoints
{
    public static IEndpointRouteBuilder MapMergeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/customers").WithTags("Customers")
            .RequirePermission(Permissions.CustomersMerge)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/duplicates", ListDuplicatesAsync).WithName("ListCustomerDuplicates");
        group.MapGet("/duplicates/scan", ScanStatusAsync).WithName("GetCustomerDuplicateScan");
        group.MapPost("/duplicates/scan", RequestScanAsync).WithName("ScanCustomerDuplicates");
        group.MapGet("/duplicates/groups", ListDuplicateGroupsAsync).WithName("ListCustomerDuplicateGroups");
        group.MapGet("/duplicates/groups/{id:guid}", GetDuplicateGroupAsync).WithName("GetCustomerDuplicateGroup");
        group.MapGet("/duplicates/{id:guid}", GetDuplicateAsync).WithName("GetCustomerDuplicate");
        group.MapPost("/duplicates/{id:guid}/dismiss", DismissAsync).WithName("DismissCustomerDuplicate");
        group.MapPost("/merges", MergeAsync).WithName("MergeCustomers")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/merges/{id:guid}", GetMergeAsync).WithName("GetCustomerMerge");
        group.MapPost("/merges/{id:guid}/undo", UndoAsync).WithName("UndoCustomerMerge")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Ok<ListPage<DuplicateGroupResponse>>> ListDuplicatesAsync(
        int? page, int? pageSize, DuplicateService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Check(page, pageSize, text);
        return TypedResults.Ok(await service.ListAsync(p, size, cancellationToken));
    }

    private static async Task<Ok<ListPage<DuplicateClusterResponse>>> ListDuplicateGroupsAsync(
        int? page, int? pageSize, DuplicateService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Check(page, pageSize, text);
        return TypedResults.Ok(await service.ListGroupsAsync(p, size, cancellationToken));
    }

    /// <summary>The group a candidate pair belongs to; the id may be any pair of the group.</summary>
    private static async Task<Results<Ok<DuplicateClusterResponse>, ProblemHttpResult>> GetDuplicateGroupAsync(
        Guid id, DuplicateService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.GetGroupAsync(id, cancellationToken) is { } group ? TypedResults.Ok(group) : CustomerEndpoints.NotFound(text);

    private static async Task<Ok<DuplicateScanStatus>> ScanStatusAsync(DuplicateService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.StatusAsync(cancellationToken));

    private static async Task<Accepted<ScanRequested>> RequestScanAsync(DuplicateService service, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/api/v1/customers/duplicates/scan", new ScanRequested(await service.RequestScanAsync(cancellationToken)));

    private static async Task<Results<Ok<DuplicateGroupResponse>, ProblemHttpResult>> GetDuplicateAsync(
        Guid id, DuplicateService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } group ? TypedResults.Ok(group) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> DismissAsync(
        Guid id, DuplicateService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.DismissAsync(id, cancellationToken) ? TypedResults.NoContent() : CustomerEndpoints.NotFound(text);

    private static async Task<Created<MergeResponse>> MergeAsync(MergeRequest request, CustomerMergeService service, CancellationToken cancellationToken)
    {
        var merge = await service.MergeAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/merges/{merge.Id}", merge);
    }

    private static async Task<Results<Ok<MergeResponse>, ProblemHttpResult>> GetMergeAsync(
        Guid id, CustomerMergeService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } merge ? TypedResults.Ok(merge) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<MergeResponse>, ProblemHttpResult>> UndoAsync(
        Guid id, CustomerMergeService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.UndoAsync(id, cancellationToken) is { } merge ? TypedResults.Ok(merge) : CustomerEndpoints.NotFound(text);

    internal sealed record ScanRequested(bool Queued);
}
