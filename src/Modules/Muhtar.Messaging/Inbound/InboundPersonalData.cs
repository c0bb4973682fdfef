using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Messaging.Channels;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Inbound;

/// <summary>
/// KVKK: the export lists every reply the person sent; erasure blanks the sender's number and the text but keeps
/// channel, time and whether it was a refusal (the RET it caused stays provable in the consent ledger).
/// </summary>
internal sealed class InboundPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "inboundMessages";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<InboundMessage>().AsNoTracking().Where(m => m.CustomerId == customerId)
            .OrderBy(m => m.ReceivedAt).ToListAsync(cancellationToken);
        return rows.Count == 0
            ? null
            : rows.Select(m => new
            {
                m.Id,
                Channel = ChannelWire.Name(m.Channel),
                m.From,
                m.Text,
                m.IsOptOut,
                ReceivedAt = DateTime.SpecifyKind(m.ReceivedAt, DateTimeKind.Utc),
            }).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        await db.Set<InboundMessage>().Where(m => m.CustomerId == customerId).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.From, (string?)null).SetProperty(m => m.Text, (string?)null), cancellationToken);
    }
}
