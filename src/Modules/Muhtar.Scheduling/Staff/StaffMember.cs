using System.Text.Json;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Staff;

/// <summary>
/// Someone clients book (a barber, a dietitian), optionally the same person as a user who signs in. Hours,
/// days off and the services they perform are small lists read whole, so they are stored as JSON columns.
/// </summary>
internal sealed class StaffMember : ITenantScoped, IAudited
{
    private StaffMember()
    {
    }

    public StaffMember(StaffDraft draft)
    {
        Id = Guid.CreateVersion7();
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string DisplayName { get; private set; } = "";

    public Guid? UserId { get; private set; }

    public bool IsActive { get; private set; }

    public string HoursJson { get; private set; } = "[]";

    public string DaysOffJson { get; private set; } = "[]";

    public string ServiceIdsJson { get; private set; } = "[]";

    public IReadOnlyList<DayHours> Hours => WorkingHours.Parse(HoursJson);

    public IReadOnlyList<DateOnly> DaysOff => JsonSerializer.Deserialize<List<DateOnly>>(DaysOffJson) ?? [];

    public IReadOnlyList<Guid> ServiceIds => JsonSerializer.Deserialize<List<Guid>>(ServiceIdsJson) ?? [];

    public void Apply(StaffDraft draft)
    {
        DisplayName = draft.DisplayName;
        UserId = draft.UserId;
        IsActive = draft.IsActive;
        HoursJson = WorkingHours.Serialize(draft.Hours);
        DaysOffJson = JsonSerializer.Serialize(draft.DaysOff.Distinct().Order());
        ServiceIdsJson = JsonSerializer.Serialize(draft.ServiceIds.Distinct());
    }
}

internal sealed record StaffDraft(
    string DisplayName, Guid? UserId, bool IsActive, IReadOnlyList<DayHours> Hours, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<Guid> ServiceIds);
