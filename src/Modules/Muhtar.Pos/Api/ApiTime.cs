namespace Muhtar.Pos.Api;

/// <summary>Stored instants are UTC; the API writes them as ISO 8601 with their offset (+00:00).</summary>
internal static class ApiTime
{
    public static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
