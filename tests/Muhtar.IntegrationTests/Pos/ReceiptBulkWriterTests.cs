using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Queries;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.IntegrationTests.Pos;

/// <summary>The bulk path must write exactly what SaveChanges writes, for the current tenant only.</summary>
public abstract class ReceiptBulkWriterTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Bulk_written_receipts_read_back_exactly_like_saved_ones()
    {
        var tenant = await app.CreateTenantAsync();
        await using var scope = InTenant(tenant.Id);
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>();
        var store = new Store("IZM01", "Karşıyaka Çarşı Şubesi", "İzmir", "Karşıyaka");
        var customer = Guid.CreateVersion7();
        var at = new DateTime(2025, 11, 30, 18, 42, 7, 123, DateTimeKind.Utc);
        var saved = NewReceipt(store, "000001", at, customer);
        var bulk = NewReceipt(store, "000002", at, customer);
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AddRange(store, saved);
            await db.SaveChangesAsync();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            await ReceiptBulkWriter.WriteAsync(db, [bulk], CancellationToken.None);
        }

        var queries = scope.ServiceProvider.GetRequiredService<ReceiptQueries>();
        var page = await queries.ListAsync(new ReceiptFilter(customer, store.Id, at, at.AddMilliseconds(1)), 0, 10, withLines: true);
        Assert.Equal(2, page.Total);
        var fromSave = page.Items.Single(r => r.Id == saved.Id);
        var fromBulk = page.Items.Single(r => r.Id == bulk.Id);
        Assert.Equal(fromSave with { Id = bulk.Id, ReceiptNo = "000002", Lines = [] }, fromBulk with { Lines = [] });
        Assert.Equal(fromSave.Lines.Select(l => l with { ReceiptId = bulk.Id }), fromBulk.Lines);
        Assert.Equal(at, fromBulk.OccurredAt);
        Assert.Equal(DateTimeKind.Utc, fromBulk.OccurredAt.Kind);
    }

    [Fact]
    public async Task Bulk_writes_stamp_the_current_tenant_and_stay_invisible_to_others()
    {
        var owner = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var store = new Store("BRS01", "Nilüfer Özlüce Şubesi", "Bursa", "Nilüfer");
        await using (var scope = InTenant(owner.Id))
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            db.Add(store);
            await db.SaveChangesAsync();
            await ReceiptBulkWriter.WriteAsync(db, [NewReceipt(store, "000001", DateTime.UtcNow, null)], CancellationToken.None);
            Assert.Equal(1, await db.Set<Receipt>().CountAsync());
            Assert.Equal(2, await db.Set<ReceiptLine>().CountAsync());
        }

        await using (var scope = InTenant(other.Id))
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            Assert.Equal(0, await db.Set<Receipt>().CountAsync());
            Assert.Equal(0, await db.Set<ReceiptLine>().CountAsync());
        }
    }

    [Fact]
    public async Task Bulk_writes_without_a_tenant_are_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ReceiptBulkWriter.WriteAsync(db, [NewReceipt(new Store("X", "X", "X", "X"), "1", DateTime.UtcNow, null)], CancellationToken.None));
    }

    private AsyncServiceScope InTenant(Guid tenantId)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        return scope;
    }

    private static Receipt NewReceipt(Store store, string number, DateTime at, Guid? customer) =>
        new(new ReceiptHeader(store.Id, "01", "Can B.", number, at, customer, PaymentType.Other),
        [
            new ReceiptLine(1, null, "8690000000005", 1_500, 33_33, 5_00),
            new ReceiptLine(2, null, "2999999999993", 3_000, 12_50, 0),
        ], at);
}

public sealed class ReceiptBulkWriterTests_Sqlite(SqliteApp app) : ReceiptBulkWriterTests(app), IClassFixture<SqliteApp>;

public sealed class ReceiptBulkWriterTests_Postgres(PostgresApp app) : ReceiptBulkWriterTests(app), IClassFixture<PostgresApp>;
