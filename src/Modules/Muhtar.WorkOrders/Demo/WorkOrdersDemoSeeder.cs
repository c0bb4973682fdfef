using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Demo;

/// <summary>
/// A tailor's counter for the demo business: a few orders in every status, one overdue. Written directly (not
/// through WorkOrderService) so seeding queues no SMS to made-up customers; runs after the customers (Order 10).
/// </summary>
internal sealed class WorkOrdersDemoSeeder(IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerFacts customers) : IDemoSeeder
{
    private static readonly (string Description, long PriceKurus, long DepositKurus, int PromisedInDays, WorkOrderStatus Status)[] Orders =
    [
        ("Pantolon paça kısaltma", 15_000, 0, 2, WorkOrderStatus.Received),
        ("Ceket kol daraltma", 45_000, 10_000, 5, WorkOrderStatus.InProgress),
        ("Gelinlik bel daraltma ve etek boyu", 250_000, 100_000, 12, WorkOrderStatus.InProgress),
        ("Mont fermuar değişimi", 30_000, 0, -2, WorkOrderStatus.InProgress),
        ("Takım elbise kuru temizleme", 40_000, 0, 1, WorkOrderStatus.Ready),
        ("Etek boyu kısaltma", 12_000, 0, -10, WorkOrderStatus.Delivered),
    ];

    public int Order => 60;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<WorkOrder>().AnyAsync(ct))
        {
            return;
        }

        var ids = await customers.ListActiveIdsAsync(ct);
        if (ids.Count == 0)
        {
            return;
        }

        var random = new Random(context.RandomSeed);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(context.Now, WorkOrderMessages.Zone));
        var number = WorkOrderService.FirstNumber;
        foreach (var (description, price, deposit, days, status) in Orders)
        {
            var received = context.Now.AddDays(Math.Min(days, 0) - 3);
            var order = new WorkOrder(number++, ids[random.Next(ids.Count)], new WorkOrderDraft(description, price, deposit, today.AddDays(days), null), received);
            foreach (var step in new[] { WorkOrderStatus.InProgress, WorkOrderStatus.Ready, WorkOrderStatus.Delivered }.Where(s => s <= status))
            {
                order.MoveTo(step, received.AddHours(1 + (int)step));
            }

            db.Add(order);
        }

        await db.SaveChangesAsync(ct);
    }
}
