using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Timeline;
using Muhtar.Consent.Ledger;
using Muhtar.Consent.Localization;
using Muhtar.Platform.Data;

namespace Muhtar.Consent.Integration;

/// <summary>Each ledger line is a timeline entry at the time the person decided ("SMS izni: RET").</summary>
internal sealed class ConsentTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<ConsentResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<ConsentRecord>().AsNoTracking().Where(r => r.CustomerId == customerId);
        return await TimelinePaging.ReadAsync(rows, r => r.DecidedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(ConsentRecord r)
    {
        var title = string.Format(
            CultureInfo.CurrentCulture, text["Timeline.Title"], text[$"Channel.{r.Channel}"], text[$"Status.{r.Status}"]);
        var detail = string.IsNullOrEmpty(r.Evidence) ? text[$"Source.{r.Source}"].Value : $"{text[$"Source.{r.Source}"]} · {r.Evidence}";
        return new TimelineEntry(
            "consent:" + r.Id.ToString("D"), DateTime.SpecifyKind(r.DecidedAt, DateTimeKind.Utc),
            r.Status == ConsentStatus.Refused ? "consent-refused" : "consent", title, detail, Actor: r.EnteredBy);
    }
}
