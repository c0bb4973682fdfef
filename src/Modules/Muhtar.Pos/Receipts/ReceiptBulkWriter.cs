using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// Stores a batch of receipts with their lines in one transaction without change tracking (demo
/// history, and later imports of till history). Rows go through Platform BulkRows (COPY on PostgreSQL). Receipts are not audited row by row and publish no
/// events here: a bulk load is history, not sales happening now.
/// </summary>
internal static class ReceiptBulkWriter
{
    public static async Task WriteAsync(MuhtarDbContext db, IReadOnlyList<Receipt> receipts, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkRows.InsertAsync(db, receipts, ct);
        await BulkRows.InsertAsync(db, receipts.SelectMany(r => r.Lines).ToList(), ct);
        await transaction.CommitAsync(ct);
    }
}
