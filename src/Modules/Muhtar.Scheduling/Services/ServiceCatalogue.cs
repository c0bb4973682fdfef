using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Text;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Services;

/// <summary>The current business's bookable services; used by the API and the settings page alike.</summary>
internal sealed class ServiceCatalogue(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<SchedulingResource> text)
{
    /// <summary>Slots are cut in 5-minute units, so durations and buffers are whole units.</summary>
    public const int Unit = 5;

    public async Task<IReadOnlyList<BookableService>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var services = await db.Set<BookableService>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. services.OrderByDescending(s => s.IsActive).ThenBy(s => s.Name, StringComparer.Create(TurkishText.Turkish, false))];
    }

    /// <summary>Creates (id null) or changes a service; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<BookableService?> SaveAsync(Guid? id, ServiceDraft draft, CancellationToken cancellationToken = default)
    {
        Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (draft.ResourceId is { } resourceId && !await db.Set<Resource>().AnyAsync(r => r.Id == resourceId, cancellationToken))
        {
            throw new RuleViolation("resourceId", text["Service.ResourceUnknown"]);
        }

        var service = id is null ? null : await db.Set<BookableService>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && service is null)
        {
            return null;
        }

        if (service is null)
        {
            service = new BookableService(draft);
            db.Add(service);
        }
        else
        {
            service.Apply(draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    private void Validate(ServiceDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Length > 200)
        {
            throw new RuleViolation("name", text["Service.NameRequired"]);
        }
        if (draft.DurationMinutes is < Unit or > 720 || draft.DurationMinutes % Unit != 0)
        {
            throw new RuleViolation("durationMinutes", text["Service.DurationInvalid"]);
        }
        if (draft.BufferMinutes is < 0 or > 240 || draft.BufferMinutes % Unit != 0)
        {
            throw new RuleViolation("bufferMinutes", text["Service.BufferInvalid"]);
        }
        if (draft.Price < 0)
        {
            throw new RuleViolation("price", text["Service.PriceInvalid"]);
        }
    }
}
