using Muhtar.Platform.Tenancy;

namespace Muhtar.WorkOrders.Orders;

/// <summary>An item received for a customer (a suit to shorten, a coat to clean, a phone to repair) and where it stands.</summary>
internal sealed class WorkOrder : ITenantScoped
{
    private WorkOrder()
    {
    }

    public WorkOrder(int number, Guid customerId, WorkOrderDraft draft, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        CustomerId = customerId;
        Description = draft.Description;
        PriceKurus = draft.PriceKurus;
        DepositKurus = draft.DepositKurus;
        PromisedOn = draft.PromisedOn;
        Notes = draft.Notes;
        Status = WorkOrderStatus.Received;
        ReceivedAt = now;
        StatusChangedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The short number on the paper ticket, sequential per business.</summary>
    public int Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Description { get; private set; } = "";

    public long PriceKurus { get; private set; }

    public long DepositKurus { get; private set; }

    /// <summary>The day promised, in the business's own calendar (Europe/Istanbul).</summary>
    public DateOnly PromisedOn { get; private set; }

    public string? Notes { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public bool IsOpen => Status is not (WorkOrderStatus.Delivered or WorkOrderStatus.Cancelled);

    public bool IsOverdue(DateOnly today) => IsOpen && PromisedOn < today;

    /// <summary>Only forward moves; cancelling is possible until delivery. Returns false when already there.</summary>
    public bool MoveTo(WorkOrderStatus status, DateTime now)
    {
        if (status == Status)
        {
            return false;
        }

        var allowed = IsOpen && (status == WorkOrderStatus.Cancelled || status > Status);
        if (!allowed)
        {
            throw new InvalidOperationException("backwards");
        }

        Status = status;
        StatusChangedAt = now;
        return true;
    }

    public void MoveTo(Guid customerId) => CustomerId = customerId;
}

internal enum WorkOrderStatus
{
    Received = 0,
    InProgress = 1,
    Ready = 2,
    Delivered = 3,
    Cancelled = 9,
}

internal sealed record WorkOrderDraft(string Description, long PriceKurus, long DepositKurus, DateOnly PromisedOn, string? Notes);
