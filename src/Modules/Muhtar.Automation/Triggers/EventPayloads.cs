using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Muhtar.Automation.Triggers;

/// <summary>
/// Event payloads as rules see them: enum members by name ("refused", not 1), so a condition on
/// ConsentChanged.current or MessageStatusChanged.status reads like the UI. The stored JSON is turned back
/// into its CLR type when that type is loaded, and re-written with string enums; other payloads pass as they are.
/// </summary>
internal static class EventPayloads
{
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions Named = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static JsonElement Read(string type, string payload)
    {
        var clr = Types.GetOrAdd(type, Find);
        if (clr is not null && JsonSerializer.Deserialize(payload, clr, Stored) is { } value)
        {
            return JsonSerializer.SerializeToElement(value, clr, Named);
        }

        return JsonNode.Parse(payload) is { } node ? JsonSerializer.SerializeToElement(node) : default;
    }

    /// <summary>The customer an event is about: its "customerId" (or a merge's "survivorId").</summary>
    public static Guid? CustomerId(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in new[] { "customerId", "survivorId" })
        {
            if (payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id))
            {
                return id;
            }
        }

        return null;
    }

    private static Type? Find(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetType(fullName, throwOnError: false))
            .FirstOrDefault(t => t is not null);
}
