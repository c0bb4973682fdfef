using System.Text.Json;
using System.Text.Json.Nodes;
using Muhtar.Abstractions.Privacy;

namespace Muhtar.Privacy.Export;

/// <summary>
/// Everything the business holds about one person (KVKK Art. 11 access right), gathered from every module's
/// <see cref="IPersonalDataHolder"/>: one JSON document with a section per holder.
/// </summary>
internal sealed class PersonalDataExport(IEnumerable<IPersonalDataHolder> holders, TimeProvider time)
{
    public const string Format = "muhtar.kvkk-export/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonObject> GatherAsync(Guid requestId, Guid customerId, CancellationToken cancellationToken)
    {
        var sections = new JsonObject();
        foreach (var holder in holders.OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            var data = await holder.ExportAsync(customerId, cancellationToken);
            sections[holder.Name] = data is null ? null : JsonSerializer.SerializeToNode(data, data.GetType(), Json);
        }

        return new JsonObject
        {
            ["format"] = Format,
            ["requestId"] = requestId,
            ["customerId"] = customerId,
            ["generatedAt"] = time.GetUtcNow().UtcDateTime,
            ["sections"] = sections,
        };
    }

    public static string ToJson(JsonObject document) => document.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true });
}
