using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;

namespace Muhtar.Privacy.Requests;

/// <summary>
/// The requests themselves are part of what is held about the person. Erasure keeps each request (proof that
/// the business answered, and when) but clears its free-text note, which may quote the person.
/// </summary>
internal sealed class PrivacyRequestPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "privacyRequests";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<PrivacyRequest>().AsNoTracking().Where(r => r.CustomerId == customerId)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(r => new
        {
            Type = PrivacyRequestNames.Of(r.Type),
            Channel = PrivacyRequestNames.Of(r.Channel),
            r.RequestedOn,
            r.DueOn,
            Status = PrivacyRequestNames.Of(r.Status),
            r.Note,
            r.RejectionReason,
            HandledAt = r.HandledAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null,
        }).ToList();
    }

    public Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        db.Set<PrivacyRequest>().Where(r => r.CustomerId == customerId && r.Note != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, (string?)null), cancellationToken);
}
