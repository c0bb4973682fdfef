using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;

namespace Muhtar.Messaging.Inbound;

/// <summary>A merge moves the merged customer's replies to the survivor; undo moves exactly those back.</summary>
internal sealed class InboundMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "messaging.inbound";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<InboundMessage>().Where(m => m.CustomerId == from).Select(m => m.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        await db.Set<InboundMessage>().Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(ids);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = state is null ? [] : JsonSerializer.Deserialize<List<Guid>>(state) ?? [];
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<InboundMessage>().Where(m => ids.Contains(m.Id) && m.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CustomerId, (Guid?)from), cancellationToken);
    }
}
