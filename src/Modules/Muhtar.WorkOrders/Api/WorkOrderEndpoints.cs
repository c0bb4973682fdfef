using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.WorkOrders.Localization;
using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Api;

/// <summary>/api/v1/work-orders. Another business's order id is a 404 like an unknown one.</summary>
internal static class WorkOrderEndpoints
{
    public static IEndpointRouteBuilder MapWorkOrderApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/work-orders").WithTags("WorkOrders")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("", ListAsync).WithName("ListWorkOrders").RequirePermission(Permissions.WorkOrders);
        group.MapPost("", ReceiveAsync).WithName("ReceiveWorkOrder").RequirePermission(Permissions.WorkOrders)
            .WithSummary("Receives an item for a customer (by id, or by phone: found or enrolled) and queues the 'received' SMS");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetWorkOrder").RequirePermission(Permissions.WorkOrders);
        group.MapPost("/{id:guid}/status", SetStatusAsync).WithName("SetWorkOrderStatus").RequirePermission(Permissions.WorkOrders)
            .WithSummary("Moves the order forward (in-progress, ready, delivered) or cancels it; 'ready' queues the pickup SMS once");
        return endpoints;
    }

    private static async Task<Ok<WorkOrderListResponse>> ListAsync(string? status, string? q, WorkOrderList list, IStringLocalizer<WorkOrdersResource> text, CancellationToken ct)
    {
        WorkOrderStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            filter = WorkOrderWire.ParseStatus(status) ?? throw new RuleViolation("status", text["Status.Unknown"]);
        }

        var result = await list.ListAsync(filter, q, ct);
        return TypedResults.Ok(new WorkOrderListResponse(result.Items.Select(WorkOrderWire.Order).ToList(),
            WorkOrderWire.Statuses.ToDictionary(WorkOrderMessages.Wire, s => result.Counts.GetValueOrDefault(s))));
    }

    private static async Task<Created<WorkOrderResponse>> ReceiveAsync(
        ReceiveWorkOrderRequest request, WorkOrderService orders, ICustomerDirectory customers, IStringLocalizer<WorkOrdersResource> text, CancellationToken ct)
    {
        var price = Kurus(request.Price, "price", text);
        var deposit = request.Deposit is null ? 0 : Kurus(request.Deposit, "deposit", text);
        var promised = request.PromisedOn ?? throw new RuleViolation("promisedOn", text["Order.PromisedRequired"]);
        var order = await orders.ReceiveAsync(new WorkOrderCustomer(request.CustomerId, request.Phone, request.FirstName, request.LastName),
            new WorkOrderDraft(request.Description?.Trim() ?? "", price, deposit, promised, string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim()), ct);
        var customer = await customers.GetAsync(order.CustomerId, ct);
        return TypedResults.Created($"/api/v1/work-orders/{order.Id}", WorkOrderWire.Order(new WorkOrderRow(order, customer, false)));
    }

    private static async Task<Results<Ok<WorkOrderResponse>, ProblemHttpResult>> GetAsync(
        Guid id, WorkOrderService orders, ICustomerDirectory customers, IStringLocalizer<WorkOrdersResource> text, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        return order is null ? NotFound(text) : TypedResults.Ok(await RowAsync(order, orders, customers, ct));
    }

    private static async Task<Results<Ok<WorkOrderResponse>, ProblemHttpResult>> SetStatusAsync(
        Guid id, SetStatusRequest request, WorkOrderService orders, ICustomerDirectory customers, IStringLocalizer<WorkOrdersResource> text, CancellationToken ct)
    {
        var status = WorkOrderWire.ParseStatus(request.Status);
        if (status is null or WorkOrderStatus.Received)
        {
            throw new RuleViolation("status", text["Status.Unknown"]);
        }

        var order = await orders.SetStatusAsync(id, status.Value, ct);
        return order is null ? NotFound(text) : TypedResults.Ok(await RowAsync(order, orders, customers, ct));
    }

    private static async Task<WorkOrderResponse> RowAsync(WorkOrder order, WorkOrderService orders, ICustomerDirectory customers, CancellationToken ct) =>
        WorkOrderWire.Order(new WorkOrderRow(order, await customers.GetAsync(order.CustomerId, ct), order.IsOverdue(orders.Today())));

    private static long Kurus(decimal? lira, string field, IStringLocalizer<WorkOrdersResource> text)
    {
        if (lira is not { } value || value < 0 || value > 10_000_000m || decimal.Round(value, 2) != value)
        {
            throw new RuleViolation(field, text["Order.PriceInvalid"]);
        }

        return (long)(value * 100m);
    }

    private static ProblemHttpResult NotFound(IStringLocalizer<WorkOrdersResource> text) =>
        TypedResults.Problem(text["Order.NotFound"], statusCode: StatusCodes.Status404NotFound);
}
