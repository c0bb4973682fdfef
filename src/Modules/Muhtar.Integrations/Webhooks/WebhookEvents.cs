using System.Text.Json;
using System.Text.Json.Serialization;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// The public names of the events a webhook can subscribe to and the JSON a receiver gets:
/// <c>{"id", "type", "createdAt", "data"}</c>, camelCase, enums as camelCase strings. These names and
/// fields are a contract with other people's code: add, never rename.
/// </summary>
internal static class WebhookEvents
{
    public const string CustomerCreated = "customer.created";
    public const string CustomerUpdated = "customer.updated";
    public const string CustomerArchived = "customer.archived";
    public const string CustomerUnarchived = "customer.unarchived";
    public const string CustomerTagAdded = "customer.tag_added";
    public const string CustomerTagRemoved = "customer.tag_removed";
    public const string ConsentChanged = "consent.changed";
    public const string MessageStatusChanged = "message.status_changed";
    public const string MessageInbound = "message.inbound";

    /// <summary>Every name, in the order the UI lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        CustomerCreated, CustomerUpdated, CustomerArchived, CustomerUnarchived, CustomerTagAdded, CustomerTagRemoved,
        ConsentChanged, MessageStatusChanged, MessageInbound,
    ];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Envelope(Guid eventId, string type, DateTime createdAt, object data) =>
        JsonSerializer.Serialize(new WebhookEnvelope(eventId, type, DateTime.SpecifyKind(createdAt, DateTimeKind.Utc), data), Json);
}

internal sealed record WebhookEnvelope(Guid Id, string Type, DateTime CreatedAt, object Data);
