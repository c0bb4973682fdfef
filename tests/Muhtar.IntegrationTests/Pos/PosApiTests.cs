using System.Net;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Pos;

public abstract class PosApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Receipts_are_listed_newest_first_in_pages_with_the_total()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        using var first = await GetJsonAsync(tenant.Api, "/api/v1/pos/receipts?page=1&pageSize=2");
        using var last = await GetJsonAsync(tenant.Api, "/api/v1/pos/receipts?page=3&pageSize=2");

        Assert.Equal(5, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, first.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(2, first.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(rows.ReceiptIds.Take(2), Ids(first));
        Assert.Equal(rows.ReceiptIds.Skip(4), Ids(last));
        Assert.Equal(5, last.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Receipts_filter_by_customer_store_and_time()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        using var ahmet = await GetJsonAsync(tenant.Api, $"/api/v1/pos/receipts?customerId={rows.Ahmet}");
        using var cankaya = await GetJsonAsync(tenant.Api, $"/api/v1/pos/receipts?storeId={rows.CankayaId}");
        using var both = await GetJsonAsync(tenant.Api, $"/api/v1/pos/receipts?customerId={rows.Ahmet}&storeId={rows.CankayaId}");
        using var february = await GetJsonAsync(tenant.Api, "/api/v1/pos/receipts?from=2026-02-01T03:00:00%2B03:00&to=2026-03-01T00:00:00Z");

        Assert.Equal([rows.ReceiptIds[0], rows.ReceiptIds[2], rows.ReceiptIds[4]], Ids(ahmet));
        Assert.Equal([rows.ReceiptIds[1], rows.ReceiptIds[3]], Ids(cankaya));
        Assert.Empty(Ids(both));
        Assert.Equal(0, both.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([rows.ReceiptIds[1], rows.ReceiptIds[2]], Ids(february));
    }

    [Fact]
    public async Task Money_is_decimal_lira_quantities_are_decimals_and_times_carry_an_offset()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        using var doc = await GetJsonAsync(tenant.Api, $"/api/v1/pos/receipts/{rows.ReceiptIds[0]}");
        var receipt = doc.RootElement;

        Assert.Equal(JsonValueKind.Number, receipt.GetProperty("total").ValueKind);
        Assert.Equal(1234.5m, receipt.GetProperty("total").GetDecimal());
        Assert.Equal(1317.5m, receipt.GetProperty("subtotal").GetDecimal());
        Assert.Equal(83m, receipt.GetProperty("discount").GetDecimal());
        Assert.Equal("card", receipt.GetProperty("paymentType").GetString());
        Assert.Equal(rows.Ahmet, receipt.GetProperty("customerId").GetGuid());
        Assert.Equal("IST01", receipt.GetProperty("storeCode").GetString());
        var occurredAt = receipt.GetProperty("occurredAt").GetString()!;
        Assert.Matches(@"^2026-03-01T15:30:00(\.0+)?(\+00:00|Z)$", occurredAt);
        Assert.Equal(new DateTimeOffset(PosRows.Times[0]), DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture));

        var cheese = receipt.GetProperty("lines")[1];
        Assert.Equal(0.35m, cheese.GetProperty("quantity").GetDecimal());
        Assert.Equal(290m, cheese.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(18.5m, cheese.GetProperty("lineTotal").GetDecimal());
        Assert.Equal("AÇIK BEYAZ PEYNİR", cheese.GetProperty("productName").GetString());
    }

    [Fact]
    public async Task Products_are_found_by_name_in_any_turkish_casing_by_barcode_prefix_and_by_tag()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        Assert.Equal([rows.CheeseId], Ids(await GetJsonAsync(tenant.Api, "/api/v1/pos/products?search=beyaz%20peynir")));
        Assert.Equal([rows.CheeseId], Ids(await GetJsonAsync(tenant.Api, "/api/v1/pos/products?search=AÇIK")));
        Assert.Single(Ids(await GetJsonAsync(tenant.Api, "/api/v1/pos/products?search=ISIKLI")));
        Assert.Equal([rows.CheeseId], Ids(await GetJsonAsync(tenant.Api, "/api/v1/pos/products?search=869000000001")));
        Assert.Equal([rows.MilkId], Ids(await GetJsonAsync(tenant.Api, "/api/v1/pos/products?tag=ORGANİK")));

        using var all = await GetJsonAsync(tenant.Api, "/api/v1/pos/products?pageSize=200");
        var names = all.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["AÇIK BEYAZ PEYNİR", "Işıklı Çay 1 kg", "Organik Süt 1 L"], names);
        var milk = all.RootElement.GetProperty("items")[2];
        Assert.Equal(64m, milk.GetProperty("price").GetDecimal());
        Assert.Equal(["laktozsuz", "organik"], milk.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Anadolu Çiftliği", milk.GetProperty("brand").GetString());
        Assert.Equal("kg", all.RootElement.GetProperty("items")[0].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Stores_are_listed_with_their_tills()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        using var doc = await GetJsonAsync(tenant.Api, "/api/v1/pos/stores");

        var stores = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["ANK01", "IST01"], stores.Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(["01", "02"], stores[1].GetProperty("tills").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Kadıköy", stores[1].GetProperty("district").GetString());
    }

    [Fact]
    public async Task Another_business_sees_none_of_the_stores_products_or_receipts()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, owner);

        foreach (var list in new[] { "/api/v1/pos/stores", "/api/v1/pos/products", "/api/v1/pos/receipts", $"/api/v1/pos/receipts?customerId={rows.Ahmet}" })
        {
            using var doc = await GetJsonAsync(intruder.Api, list);
            Assert.Equal(0, doc.RootElement.GetProperty("total").GetInt32());
            Assert.Empty(doc.RootElement.GetProperty("items").EnumerateArray());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Api.GetAsync($"/api/v1/pos/receipts/{rows.ReceiptIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Api.GetAsync($"/api/v1/pos/products/{rows.MilkId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Api.GetAsync($"/api/v1/pos/products/{rows.MilkId}")).StatusCode);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task Paging_out_of_range_is_a_problem_naming_the_parameter(string query, string field)
    {
        var tenant = await app.CreateTenantAsync();

        var response = await tenant.Api.GetAsync("/api/v1/pos/receipts?" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_clerk_may_read_receipts_and_an_agent_may_not()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        var clerk = await tenant.LoginAsync(Roles.Clerk);
        var agent = await tenant.LoginAsync(Roles.Agent);

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/v1/pos/receipts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/pos/receipts")).StatusCode);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static List<Guid> Ids(JsonDocument doc) =>
        doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

public sealed class PosApiTests_Sqlite(SqliteApp app) : PosApiTests(app), IClassFixture<SqliteApp>;

public sealed class PosApiTests_Postgres(PostgresApp app) : PosApiTests(app), IClassFixture<PostgresApp>;
