using Muhtar.Abstractions.Consent.Events;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Abstractions.Pos.Events;
using Muhtar.Platform.Jobs;

namespace Muhtar.Automation.Triggers;

/// <summary>
/// The events the rule builder offers by name. Any other published event works too, by its full type name
/// (receipts, appointments and tickets as their modules arrive).
/// </summary>
internal static class KnownEvents
{
    public static readonly IReadOnlyList<string> All =
    [
        Name<CustomerCreated>(), Name<CustomerUpdated>(), Name<CustomerTagAdded>(), Name<CustomerTagRemoved>(),
        Name<CustomerArchived>(), Name<CustomerUnarchived>(), Name<CustomersMerged>(), Name<ConsentChanged>(),
        Name<MessageStatusChanged>(), Name<InboundMessageReceived>(),
        Name<ReceiptPosted>(), Name<ReceiptReturned>(), Name<ReceiptClaimed>(),
    ];

    public static string CustomerUpdatedName { get; } = Name<CustomerUpdated>();

    /// <summary>The stored name of a short or full event name: "CustomerTagAdded" → its full name; others as given.</summary>
    public static string Resolve(string name)
    {
        var trimmed = name.Trim();
        return All.FirstOrDefault(n => n == trimmed || ShortName(n).Equals(trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
    }

    public static string ShortName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    private static string Name<T>() => JobTypeName.Of(typeof(T));
}
