using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Notes;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Timeline;

/// <summary>Notes written on the customer.</summary>
internal sealed class NoteTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<TimelineResource> text) : ITimelineSource
{
    private const int DetailLength = 500;

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = db.Set<CustomerNote>().AsNoTracking().Where(n => n.CustomerId == customerId);
        return await TimelinePaging.ReadAsync(notes, n => n.CreatedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(CustomerNote note) => new(
        "note:" + note.Id.ToString("D"),
        DateTime.SpecifyKind(note.CreatedAt, DateTimeKind.Utc),
        "note",
        text["Kind.note"],
        note.Text.Length <= DetailLength ? note.Text : note.Text[..DetailLength] + "…",
        Actor: note.AuthorName);
}
