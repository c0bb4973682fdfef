using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.WorkOrders.Localization;

namespace Muhtar.WorkOrders.Orders;

/// <summary>Receiving items and moving them through their statuses; every change that a customer must hear about is queued once.</summary>
internal sealed class WorkOrderService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ICustomerDirectory customers,
    ICustomerEditor editor,
    WorkOrderMessages messages,
    TimeProvider clock,
    IStringLocalizer<WorkOrdersResource> text)
{
    public const int FirstNumber = 1001;
    private const int NumberAttempts = 8;

    public async Task<WorkOrder> ReceiveAsync(WorkOrderCustomer who, WorkOrderDraft draft, CancellationToken cancellationToken = default)
    {
        Validate(draft);
        var customer = await ResolveCustomerAsync(who, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var last = await db.Set<WorkOrder>().MaxAsync(o => (int?)o.Number, cancellationToken);
            var order = new WorkOrder(Math.Max(last ?? 0, FirstNumber - 1) + 1, customer.Id, draft, clock.GetUtcNow().UtcDateTime);
            db.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (IsNumberTaken(ex) && attempt < NumberAttempts)
            {
                // Someone else took this number a moment ago: read the new maximum and try the next one.
                continue;
            }

            await messages.QueueAsync(order, customer, cancellationToken);
            return order;
        }
    }

    public async Task<WorkOrder?> SetStatusAsync(Guid id, WorkOrderStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<WorkOrder>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        try
        {
            order.MoveTo(status, clock.GetUtcNow().UtcDateTime);
        }
        catch (InvalidOperationException)
        {
            throw new RuleViolation("status", text["Status.Backwards", text["Status." + order.Status], text["Status." + status]], 409);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Queued even when the status was already set: the dedupe key makes a repeat or a racing request a no-op.
        var customer = await customers.GetAsync(order.CustomerId, cancellationToken);
        if (customer is not null)
        {
            await messages.QueueAsync(order, customer, cancellationToken);
        }

        return order;
    }

    public async Task<WorkOrder?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<WorkOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkOrderMessages.Zone).DateTime);

    private void Validate(WorkOrderDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            throw new RuleViolation("description", text["Order.DescriptionRequired"]);
        }

        if (draft.PriceKurus < 0)
        {
            throw new RuleViolation("price", text["Order.PriceInvalid"]);
        }

        if (draft.DepositKurus < 0 || draft.DepositKurus > draft.PriceKurus)
        {
            throw new RuleViolation("deposit", text["Order.DepositInvalid"]);
        }

        if (draft.PromisedOn < Today())
        {
            throw new RuleViolation("promisedOn", text["Order.PromisedInPast"]);
        }
    }

    private async Task<CustomerSummary> ResolveCustomerAsync(WorkOrderCustomer who, CancellationToken cancellationToken)
    {
        if (who.CustomerId is { } id)
        {
            return await customers.GetAsync(id, cancellationToken) ?? throw new RuleViolation("customerId", text["Order.CustomerUnknown"]);
        }

        if (string.IsNullOrWhiteSpace(who.Phone))
        {
            throw new RuleViolation("phone", text["Order.PhoneRequired"]);
        }

        var found = await customers.FindByPhoneAsync(who.Phone, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var enrolled = await editor.EnrolAsync(who.Phone, who.FirstName, who.LastName, cancellationToken);
        return await customers.GetAsync(enrolled, cancellationToken) ?? throw new RuleViolation("phone", text["Order.CustomerUnknown"]);
    }

    private static bool IsNumberTaken(DbUpdateException exception) =>
        UniqueIndex.IsViolated(exception, WorkOrderConfiguration.NumberIndex, "workorders_orders.Number");
}

/// <summary>Who brought the item: a known customer id, or a phone (any written form) to find or enrol.</summary>
internal sealed record WorkOrderCustomer(Guid? CustomerId, string? Phone, string? FirstName, string? LastName);
