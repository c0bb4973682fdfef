using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.Customers.Duplicates;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.IntegrationTests.CustomerTests.Merging;

/// <summary>Direct database helpers for the merge tests: receipts for customers, a scan run, and every row of the tables a merge may touch.</summary>
internal static class MergeRows
{
    /// <summary>Tables a merge must leave exactly as they were after undo (its own bookkeeping excluded).</summary>
    private static readonly string[] Excluded =
        ["customers_merges", "customers_duplicate_candidates", "customers_duplicate_dismissals", "customers_duplicate_scans"];

    public static async Task<List<Guid>> AddReceiptsAsync(MuhtarAppFactory app, Guid tenantId, params Guid?[] customers)
    {
        await using var scope = Scope(app, tenantId);
        await using var db = await Db(scope);
        var store = new Store("S" + Guid.NewGuid().ToString("N")[..6], "Moda Şubesi", "İstanbul", "Kadıköy");
        db.AddRange(store, new Till(store.Id, "01"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var receipts = customers.Select((c, i) => new Receipt(
            new ReceiptHeader(store.Id, "01", "Elif", $"{i:000000}", now.AddMinutes(-i), c, PaymentType.Cash),
            [new ReceiptLine(1, null, "2999999999993", 1_000, 15_00, 0)], now)).ToList();
        db.AddRange(receipts);
        await db.SaveChangesAsync();
        return receipts.Select(r => r.Id).ToList();
    }

    public static async Task<List<Guid>> ReceiptIdsOfAsync(MuhtarAppFactory app, Guid tenantId, Guid customerId)
    {
        await using var scope = Scope(app, tenantId);
        await using var db = await Db(scope);
        return await db.Set<Receipt>().Where(r => r.CustomerId == customerId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
    }

    public static async Task ScanAsync(MuhtarAppFactory app, Guid tenantId)
    {
        await using var scope = Scope(app, tenantId);
        await scope.ServiceProvider.GetRequiredService<DuplicateDetector>().ScanAsync();
    }

    /// <summary>Every row of every customers_ and pos_ table, each row as text, in a fixed order.</summary>
    public static async Task<string> SnapshotAsync(MuhtarAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await Db(scope);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => (t.StartsWith("customers_", StringComparison.Ordinal) || t.StartsWith("pos_", StringComparison.Ordinal)) && !Excluded.Contains(t))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(Row(reader));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return text.ToString();
    }

    private static string Row(DbDataReader reader) =>
        string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i =>
            reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));

    private static AsyncServiceScope Scope(MuhtarAppFactory app, Guid tenantId)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        return scope;
    }

    private static Task<MuhtarDbContext> Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
}
