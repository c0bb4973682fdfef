using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.IntegrationTests.Pos;

/// <summary>
/// A small, known POS history for one business, written straight through the context (there is no
/// write API for receipts until issue 5): two stores, three products, five receipts.
/// </summary>
public sealed record PosRows(Guid KadikoyId, Guid CankayaId, Guid MilkId, Guid CheeseId, Guid Ahmet, Guid Zeynep, IReadOnlyList<Guid> ReceiptIds)
{
    /// <summary>Newest first, as the API lists them.</summary>
    public static readonly DateTime[] Times =
    [
        new(2026, 3, 1, 15, 30, 0, DateTimeKind.Utc), new(2026, 2, 28, 9, 0, 0, DateTimeKind.Utc),
        new(2026, 2, 20, 17, 45, 0, DateTimeKind.Utc), new(2026, 1, 5, 8, 15, 0, DateTimeKind.Utc),
        new(2025, 12, 24, 12, 0, 0, DateTimeKind.Utc),
    ];

    public static async Task<PosRows> SeedAsync(MuhtarAppFactory app, TestTenant tenant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();

        var kadikoy = new Store("IST01", "Kadıköy Moda Şubesi", "İstanbul", "Kadıköy");
        var cankaya = new Store("ANK01", "Çankaya Kızılay Şubesi", "Ankara", "Çankaya");
        var dairy = new Category("Süt Ürünleri", null);
        var milkShelf = new Category("Süt", dairy.Id);
        var brand = new Brand("Anadolu Çiftliği");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var milk = new Product(new ProductDraft("8690000000005", "STK1", "Organik Süt 1 L", milkShelf.Id, brand.Id, null, 64_00, 45_00,
            ProductUnit.Piece, null, null, ["Organik", "laktozsuz"]), now);
        var cheese = new Product(new ProductDraft("8690000000012", "STK2", "AÇIK BEYAZ PEYNİR", milkShelf.Id, null, null, 290_00, 200_00,
            ProductUnit.Kilogram, null, null, []), now);
        var tea = new Product(new ProductDraft("8691111111116", "STK3", "Işıklı Çay 1 kg", dairy.Id, null, null, 260_00, 190_00,
            ProductUnit.Piece, null, null, ["vegan"]), now);
        db.AddRange(kadikoy, cankaya, new Till(kadikoy.Id, "01"), new Till(kadikoy.Id, "02"), new Till(cankaya.Id, "01"),
            dairy, milkShelf, brand, milk, cheese, tea);

        var ahmet = Guid.CreateVersion7();
        var zeynep = Guid.CreateVersion7();
        var receipts = new[]
        {
            // Newest first: 1.234,50 TL = 19 milks (1.216,00) + 0,350 kg cheese at 290 TL/kg (101,50) − 83,00 discount.
            Receipt(kadikoy, "01", "000005", Times[0], ahmet, PaymentType.Card,
                new ReceiptLine(1, milk.Id, milk.Barcode, 19_000, 64_00, 0), new ReceiptLine(2, cheese.Id, cheese.Barcode, 350, 290_00, 83_00)),
            Receipt(cankaya, "01", "000002", Times[1], zeynep, PaymentType.Cash, new ReceiptLine(1, tea.Id, tea.Barcode, 1_000, 260_00, 0)),
            Receipt(kadikoy, "02", "000001", Times[2], ahmet, PaymentType.Other, new ReceiptLine(1, milk.Id, milk.Barcode, 2_000, 64_00, 6_40)),
            Receipt(cankaya, "01", "000001", Times[3], null, PaymentType.Cash, new ReceiptLine(1, null, "2999999999993", 1_000, 15_00, 0)),
            Receipt(kadikoy, "01", "000004", Times[4], ahmet, PaymentType.Card, new ReceiptLine(1, milk.Id, milk.Barcode, 1_000, 55_00, 0)),
        };
        db.AddRange(receipts);
        await db.SaveChangesAsync();
        return new PosRows(kadikoy.Id, cankaya.Id, milk.Id, cheese.Id, ahmet, zeynep, receipts.Select(r => r.Id).ToList());
    }

    private static Receipt Receipt(Store store, string till, string number, DateTime at, Guid? customer, PaymentType payment, params ReceiptLine[] lines) =>
        new(new ReceiptHeader(store.Id, till, "Elif Ö.", number, at, customer, payment), lines, at);
}
