using Muhtar.Scheduling.Slots;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Pages;

/// <summary>The staff settings form: one row per weekday (Monday first, as in Turkey) with one optional break.</summary>
internal sealed class StaffForm
{
    public Guid? Id { get; set; }

    public string? DisplayName { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid? UserId { get; set; }

    public List<DayRow> Days { get; } =
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Select(d => new DayRow(d) { Works = d != DayOfWeek.Sunday })];

    public List<DateOnly> DaysOff { get; } = [];

    public HashSet<Guid> ServiceIds { get; } = [];

    public static StaffForm From(StaffMember member)
    {
        var form = new StaffForm { Id = member.Id, DisplayName = member.DisplayName, IsActive = member.IsActive, UserId = member.UserId };
        foreach (var row in form.Days)
        {
            var day = member.Hours.FirstOrDefault(h => h.Day == row.Day);
            row.Works = day is not null;
            if (day is not null)
            {
                (row.Start, row.End) = (day.Start, day.End);
                (row.BreakStart, row.BreakEnd) = day.Breaks.Count > 0 ? (day.Breaks[0].Start, day.Breaks[0].End) : ((TimeOnly?)null, (TimeOnly?)null);
            }
        }
        form.DaysOff.AddRange(member.DaysOff);
        form.ServiceIds.UnionWith(member.ServiceIds);
        return form;
    }

    public StaffDraft ToDraft() => new(
        (DisplayName ?? "").Trim(), UserId, IsActive,
        [.. Days.Where(d => d.Works).Select(d => new DayHours(d.Day, d.Start, d.End,
            d.BreakStart is { } bs && d.BreakEnd is { } be ? [new LocalSpan(bs, be)] : []))],
        DaysOff, [.. ServiceIds]);

    internal sealed class DayRow(DayOfWeek day)
    {
        public DayOfWeek Day { get; } = day;

        public bool Works { get; set; }

        public TimeOnly Start { get; set; } = new(9, 0);

        public TimeOnly End { get; set; } = new(18, 0);

        public TimeOnly? BreakStart { get; set; } = new(12, 0);

        public TimeOnly? BreakEnd { get; set; } = new(13, 0);
    }
}
