using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Timeline;

/// <summary>
/// Changes from the customer's audit trail: archiving and un-archiving as their own kinds, every other
/// field change as "X changed: old → new". Creation and notes have sources of their own and are left out
/// here, so they do not show twice.
/// </summary>
internal sealed class AuditTimelineSource(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    IStringLocalizer<TimelineResource> text,
    IStringLocalizer<CustomersResource> fields) : ITimelineSource
{
    private const string ArchivedField = "IsArchived";
    private const string NotesField = "Notes";

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == CustomerAuditLog.EntityType && a.EntityId == customerId
                && a.Action == AuditAction.Updated && a.Field != NotesField);
        return await TimelinePaging.ReadAsync(entries, a => a.At, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(AuditEntry a)
    {
        var id = "audit:" + a.Id.ToString("D");
        var at = DateTime.SpecifyKind(a.At, DateTimeKind.Utc);
        if (a.Field == ArchivedField)
        {
            var archived = string.Equals(a.NewValue, bool.TrueString, StringComparison.OrdinalIgnoreCase);
            var kind = archived ? "archived" : "unarchived";
            return new TimelineEntry(id, at, kind, text[$"Kind.{kind}"], Actor: a.Actor);
        }

        var field = CustomerAuditLog.ApiFieldName(a.Field) ?? "";
        var label = fields[$"Field.{field}"];
        var title = string.Format(CultureInfo.CurrentCulture, text["Audit.Changed"], label.ResourceNotFound ? field : label.Value);
        return new TimelineEntry(id, at, "audit", title, $"{a.OldValue ?? "—"} → {a.NewValue ?? "—"}", Actor: a.Actor);
    }
}
