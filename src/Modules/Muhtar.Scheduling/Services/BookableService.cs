using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Services;

/// <summary>
/// Something a client books (S1): "Saç boyama", 90 min, 1.200 TL, 15 min to clean up after.
/// Switched off rather than deleted, so past appointments keep their service.
/// </summary>
internal sealed class BookableService : ITenantScoped, IAudited
{
    private BookableService()
    {
    }

    public BookableService(ServiceDraft draft)
    {
        Id = Guid.CreateVersion7();
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public int DurationMinutes { get; private set; }

    /// <summary>Price in kuruş.</summary>
    public long Price { get; private set; }

    /// <summary>Time kept free after the service (cleaning, preparing the chair).</summary>
    public int BufferMinutes { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The chair or room the service needs, if any.</summary>
    public Guid? ResourceId { get; private set; }

    public void Apply(ServiceDraft draft)
    {
        Name = draft.Name;
        DurationMinutes = draft.DurationMinutes;
        Price = draft.Price;
        BufferMinutes = draft.BufferMinutes;
        IsActive = draft.IsActive;
        ResourceId = draft.ResourceId;
    }
}

internal sealed record ServiceDraft(string Name, int DurationMinutes, long Price, int BufferMinutes, bool IsActive, Guid? ResourceId = null);
