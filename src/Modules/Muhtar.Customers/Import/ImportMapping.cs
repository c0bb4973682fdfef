using System.Text.Json;

namespace Muhtar.Customers.Import;

/// <summary>Column <see cref="Column"/> (0-based) of the file goes into <see cref="Target"/> (see <see cref="ImportTargets"/>).</summary>
internal sealed record ColumnTarget(int Column, string Target);

internal static class ImportMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ColumnTarget> Parse(string json) => JsonSerializer.Deserialize<List<ColumnTarget>>(json, Json) ?? [];

    public static string Write(IEnumerable<ColumnTarget> mapping) =>
        JsonSerializer.Serialize(mapping.Where(m => m.Target.Length > 0).OrderBy(m => m.Column).ToList(), Json);

    public static IReadOnlyList<string> Columns(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    public static string WriteColumns(IEnumerable<string> columns) => JsonSerializer.Serialize(columns, Json);

    public static string WriteCells(IEnumerable<string> cells) => JsonSerializer.Serialize(cells, Json);
}
