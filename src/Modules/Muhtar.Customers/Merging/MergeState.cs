using System.Text.Json;

namespace Muhtar.Customers.Merging;

/// <summary>JSON for participant undo states: the rows moved and the rows removed (with their values).</summary>
internal static class MergeState
{
    public static string Write<T>(T state) => JsonSerializer.Serialize(state);

    public static T Read<T>(string? state)
        where T : new() =>
        state is null ? new T() : JsonSerializer.Deserialize<T>(state) ?? new T();
}

/// <summary>Ids of rows re-pointed at the survivor.</summary>
internal sealed class MovedRows
{
    public List<Guid> Moved { get; set; } = [];
}
