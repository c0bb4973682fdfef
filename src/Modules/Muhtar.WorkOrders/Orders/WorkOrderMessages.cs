using System.Globalization;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.WorkOrders.Localization;

namespace Muhtar.WorkOrders.Orders;

/// <summary>The transactional SMS for "received" and "ready"; one dedupe key per order and status, so each goes out once.</summary>
internal sealed class WorkOrderMessages(IMessageOutbox outbox, IStringLocalizer<WorkOrdersResource> text)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public static string DedupeKey(Guid orderId, WorkOrderStatus status) => $"workorder:{orderId}:status:{Wire(status)}";

    public static string Wire(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.InProgress => "in-progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public async Task QueueAsync(WorkOrder order, CustomerSummary customer, CancellationToken cancellationToken)
    {
        var key = order.Status switch
        {
            WorkOrderStatus.Received => "Sms.Received",
            WorkOrderStatus.Ready => "Sms.Ready",
            _ => null,
        };
        if (key is null)
        {
            return;
        }

        // Messages are in Turkish whatever the staff's screen language: they go to the shop's customers.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Turkish;
        string body;
        try
        {
            body = text[key, Salutation.For(customer), order.Number, order.PromisedOn.ToString("d MMMM dddd", Turkish)];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await outbox.QueueAsync(new OutgoingMessage(customer.Id, MessageChannel.Sms, MessagePurpose.Transactional,
            DedupeKey(order.Id, order.Status), Body: body, Source: "workorders"), cancellationToken);
    }
}
