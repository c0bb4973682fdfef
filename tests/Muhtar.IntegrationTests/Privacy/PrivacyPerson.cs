using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.IntegrationTests.Privacy;

/// <summary>
/// A customer with every kind of personal value (names, phone, e-mail, card, birth date, tags, external ids,
/// an address, a note, an e-mail change in the audit trail) and receipts in two stores, plus the strings that
/// must vanish everywhere once the person is erased. Values carry a random part so that a scan of the
/// whole (shared) database finds only this person's.
/// </summary>
internal sealed record PrivacyPerson(Guid CustomerId, string Phone, IReadOnlyList<string> Markers)
{
    public static readonly DateTime[] ReceiptTimes =
    [
        new(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc), new(2026, 1, 25, 18, 30, 0, DateTimeKind.Utc), new(2026, 2, 3, 12, 0, 0, DateTimeKind.Utc),
    ];

    public static async Task<PrivacyPerson> CreateAsync(MuhtarAppFactory app, TestTenant tenant)
    {
        var api = new CustomerApi(tenant.Id, tenant.Api);
        var tag = Letters(8);
        var lastName = "Karadağ" + Letters(8);
        var digits = "53" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var email = $"gulsen.{Letters(8)}@ornek.com.tr";
        var newEmail = $"yeni.{Letters(8)}@ornek.com.tr";
        var card = "KRT" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var external = "SHOP-" + Letters(10);
        var line = $"Bağdat Caddesi {Letters(6)} Apt. No: 12";
        var note = $"Laktozsuz süt alır, kızı {Letters(7)} ile gelir";
        var birthDate = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 18_000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = await api.CreateIdAsync(new
        {
            kind = "person",
            firstName = "Gülşen",
            lastName,
            phone = $"0{digits[..3]} {digits[3..6]} {digits[6..8]} {digits[8..]}",
            email,
            gender = "female",
            birthDate,
            cardNumber = card,
            externalIds = new Dictionary<string, string> { ["shopify"] = external },
            tags = new[] { "Vip" + tag },
        });
        await Ok(tenant.Api.PostAsJsonAsync($"/api/v1/customers/{id}/addresses", new { label = "Ev", line, district = "Kadıköy", city = "İstanbul", postalCode = "34710" }));
        await Ok(tenant.Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = note }));
        await Ok(api.PatchAsync(id, $$"""{ "email": "{{newEmail}}" }"""));

        var folded = Muhtar.Platform.Text.TurkishText.Fold(lastName);
        return new PrivacyPerson(id, "+90" + digits,
        [
            lastName, folded, "Gülşen " + lastName, "+90" + digits, "0" + digits, digits, $"{digits[3..6]} {digits[6..8]} {digits[8..]}", email, newEmail, card,
            external, line, note, "Vip" + tag, Muhtar.Platform.Text.TurkishText.Fold("Vip" + tag), birthDate,
        ]);
    }

    /// <summary>Receipts in two stores over two months: three of this person's, one of another customer's, one anonymous.</summary>
    public static async Task SeedReceiptsAsync(MuhtarAppFactory app, TestTenant tenant, Guid customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var moda = new Store("IST01", "Moda Şubesi", "İstanbul", "Kadıköy");
        var kizilay = new Store("ANK01", "Kızılay Şubesi", "Ankara", "Çankaya");
        db.AddRange(moda, kizilay);
        db.AddRange(
            Receipt(moda, "000001", ReceiptTimes[0], customerId, 3_000, 64_00),
            Receipt(moda, "000002", ReceiptTimes[1], customerId, 1_000, 290_00),
            Receipt(kizilay, "000001", ReceiptTimes[2], customerId, 2_000, 45_50),
            Receipt(kizilay, "000002", ReceiptTimes[2], Guid.CreateVersion7(), 1_000, 12_00),
            Receipt(moda, "000003", ReceiptTimes[1], null, 5_000, 9_90));
        await db.SaveChangesAsync();
    }

    /// <summary>Sales per store and month as a report reads them: every receipt of the business through the POS API.</summary>
    public static async Task<SortedDictionary<string, decimal>> SalesPerStoreAndMonthAsync(HttpClient api)
    {
        var page = await api.GetFromJsonAsync<ReceiptPage>("/api/v1/pos/receipts?pageSize=200");
        return new SortedDictionary<string, decimal>(page!.Items
            .GroupBy(r => $"{r.StoreId}/{r.OccurredAt.UtcDateTime:yyyy-MM}")
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Total)), StringComparer.Ordinal);
    }

    private static Receipt Receipt(Store store, string number, DateTime at, Guid? customer, int quantityMilli, long unitPriceKurus) =>
        new(new ReceiptHeader(store.Id, "01", "Elif Ö.", number, at, customer, PaymentType.Card),
            [new ReceiptLine(1, null, "2999999999993", quantityMilli, unitPriceKurus, 0)], at);

    private static string Letters(int count) =>
        new(Enumerable.Range(0, count).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await CustomerApi.Describe(response));
    }

    private sealed record ReceiptPage(List<ReceiptRow> Items);

    private sealed record ReceiptRow(Guid StoreId, DateTimeOffset OccurredAt, decimal Total);
}
