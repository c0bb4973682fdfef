using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Api;

/// <summary>Money on the wire is lira with kuruş as decimals (TRY); dates are the business's calendar days.</summary>
internal sealed record ReceiveWorkOrderRequest(
    Guid? CustomerId, string? Phone, string? FirstName, string? LastName,
    string? Description, decimal? Price, decimal? Deposit, DateOnly? PromisedOn, string? Notes);

internal sealed record SetStatusRequest(string? Status);

internal sealed record WorkOrderResponse(
    Guid Id, int Number, Guid CustomerId, string? CustomerName, string? CustomerPhone, string Description,
    decimal Price, decimal Deposit, decimal Balance, DateOnly PromisedOn, string? Notes, string Status, bool IsOverdue, DateTime ReceivedAt);

internal sealed record WorkOrderListResponse(IReadOnlyList<WorkOrderResponse> Items, IReadOnlyDictionary<string, int> Counts);

internal static class WorkOrderWire
{
    public static readonly IReadOnlyList<WorkOrderStatus> Statuses =
        [WorkOrderStatus.Received, WorkOrderStatus.InProgress, WorkOrderStatus.Ready, WorkOrderStatus.Delivered, WorkOrderStatus.Cancelled];

    public static WorkOrderStatus? ParseStatus(string? value) =>
        Statuses.Cast<WorkOrderStatus?>().FirstOrDefault(s => WorkOrderMessages.Wire(s!.Value) == value?.Trim().ToLowerInvariant());

    public static decimal Try(long kurus) => kurus / 100m;

    public static WorkOrderResponse Order(WorkOrderRow row) => new(
        row.Order.Id, row.Order.Number, row.Order.CustomerId, row.Customer?.DisplayName, row.Customer?.Phone, row.Order.Description,
        Try(row.Order.PriceKurus), Try(row.Order.DepositKurus), Try(row.Order.PriceKurus - row.Order.DepositKurus), row.Order.PromisedOn,
        row.Order.Notes, WorkOrderMessages.Wire(row.Order.Status), row.IsOverdue, row.Order.ReceivedAt);
}
