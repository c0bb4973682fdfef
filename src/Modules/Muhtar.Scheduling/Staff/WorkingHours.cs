using System.Text.Json;
using Muhtar.Scheduling.Slots;

namespace Muhtar.Scheduling.Staff;

/// <summary>One weekday's hours with its breaks, in business-local time; stored as JSON on the staff row.</summary>
internal sealed record DayHours(DayOfWeek Day, TimeOnly Start, TimeOnly End, IReadOnlyList<LocalSpan> Breaks);

/// <summary>The JSON form of a week, and the shape the slot calculator reads.</summary>
internal static class WorkingHours
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<DayHours> week) => JsonSerializer.Serialize(week.OrderBy(d => (int)d.Day), Json);

    public static IReadOnlyList<DayHours> Parse(string json) => JsonSerializer.Deserialize<List<DayHours>>(json, Json) ?? [];

    public static IReadOnlyDictionary<DayOfWeek, WorkingDay> ToWeek(IReadOnlyList<DayHours> days) =>
        days.ToDictionary(d => d.Day, d => new WorkingDay(d.Start, d.End, d.Breaks));
}
