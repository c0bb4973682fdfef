using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Audit;
using Muhtar.Pos.Catalog;
using Xunit.Abstractions;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary>PUT /api/v1/pos/products/bulk: upsert by barcode, all or nothing (P3, issue 5 item 1).</summary>
public abstract class ProductSyncTests(MuhtarAppFactory app, ITestOutputHelper output)
{
    private const string Bulk = "/api/v1/pos/products/bulk";

    [Fact]
    public async Task A_sync_reports_created_updated_and_unchanged_products()
    {
        var tenant = await app.CreateTenantAsync();
        string[] codes = [NewBarcode(), NewBarcode(), NewBarcode()];
        var first = await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new
        {
            items = new[]
            {
                Item(codes[0], "Beyaz Peynir 500 g", "Şarküteri", 189.90m, "Sütaş", ["Helal"]),
                Item(codes[1], "Sucuk 250 g", "Şarküteri", 210m),
            },
        });
        Assert.Equal((2, 0, 0), Counts(first));

        var second = await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new
        {
            items = new[]
            {
                Item(codes[0], "Beyaz Peynir 500 g", "Şarküteri", 199.90m, "Sütaş", ["helal"]),
                Item(codes[1], "Sucuk 250 g", "Şarküteri", 210m),
                Item(codes[2], "Kaşar 400 g", "Şarküteri", 175.5m),
            },
        });

        Assert.Equal((1, 1, 1), Counts(second));
        var list = await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products?search=peynir", null);
        var cheese = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(199.90m, cheese.GetProperty("price").GetDecimal());
        Assert.Equal("Sütaş", cheese.GetProperty("brand").GetString());
        Assert.Equal(["helal"], cheese.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(3, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products", null)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_price_changed_by_a_sync_is_in_the_audit_trail_with_old_and_new_value()
    {
        var tenant = await app.CreateTenantAsync();
        var code = NewBarcode();
        await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new { items = new[] { Item(code, "Simit", "Fırın", 15m) } });
        await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new { items = new[] { Item(code, "Simit", "Fırın", 17.5m) } });

        var trail = await QueryAsync(app, tenant, async db =>
        {
            var id = await db.Set<Product>().Where(p => p.Barcode == code).Select(p => p.Id).SingleAsync();
            return await db.Set<AuditEntry>().Where(a => a.EntityId == id).OrderBy(a => a.At).ThenBy(a => a.Id)
                .Select(a => new { a.Action, a.Field, a.OldValue, a.NewValue }).ToListAsync();
        });

        Assert.Contains(trail, a => a.Action == AuditAction.Created);
        var change = Assert.Single(trail, a => a.Action == AuditAction.Updated);
        Assert.Equal((nameof(Product.PriceKurus), "1500", "1750"), (change.Field, change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task One_bad_item_writes_nothing_and_the_problem_names_each_bad_field()
    {
        var tenant = await app.CreateTenantAsync();
        var items = Enumerable.Range(0, 5).Select(i => (object)Item(NewBarcode(), $"Ürün {i}", "Manav", 10m + i)).ToList();
        items[3] = new { barcode = NewBarcode(), name = "Domates", category = "Manav", price = -1m };
        items[4] = new { barcode = NewBarcode(), name = "", category = "Manav", price = 12.345m, unit = "litre" };

        var response = await tenant.Api.PutAsJsonAsync(Bulk, new { items });

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "items[3].price");
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["items[3].price", "items[4].name", "items[4].price", "items[4].unit"], fields);
        Assert.Equal(0, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products", null)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/categories", null)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_barcode_sent_twice_in_one_call_is_refused_naming_the_second()
    {
        var tenant = await app.CreateTenantAsync();
        var code = NewBarcode();

        var response = await tenant.Api.PutAsJsonAsync(Bulk, new { items = new[] { Item(code, "Ayran", "İçecek", 12m), Item(code, "Ayran 1 L", "İçecek", 30m) } });

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "items[1].barcode");
    }

    [Fact]
    public async Task Category_brand_and_supplier_names_match_ignoring_turkish_casing()
    {
        var tenant = await app.CreateTenantAsync();
        await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/categories", new { name = "şarküteri" }, HttpStatusCode.Created);

        var result = await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new
        {
            items = new object[]
            {
                new { barcode = NewBarcode(), name = "Pastırma", category = "ŞARKÜTERİ", brand = "IŞIK", supplier = "İzmir Gıda", price = 120m },
                new { barcode = NewBarcode(), name = "Salam", category = "Şarküteri", brand = "ışık", supplier = "izmir gıda", price = 80m },
            },
        });

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(["şarküteri"], Names(await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/categories", null)));
        Assert.Equal(["IŞIK"], Names(await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/brands", null)));
        Assert.Equal(["İzmir Gıda"], Names(await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/suppliers", null)));
        var categories = await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/categories", null);
        Assert.Equal(2, categories.GetProperty("items")[0].GetProperty("productCount").GetInt32());
    }

    [Fact]
    public async Task Five_thousand_products_go_in_one_call_and_a_resend_changes_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        var items = Enumerable.Range(0, 5000).Select(i => new
        {
            barcode = $"29{i:D11}",
            sku = $"STK{i}",
            name = $"Ürün {i}",
            category = $"Reyon {i % 40}",
            brand = $"Marka {i % 25}",
            price = 10m + (i % 500) / 4m,
            unit = i % 10 == 0 ? "kg" : "piece",
            tags = i % 3 == 0 ? new[] { "organik" } : [],
        }).ToList();

        var clock = Stopwatch.StartNew();
        var first = await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new { items });
        var created = clock.Elapsed;
        clock.Restart();
        var again = await SendAsync(tenant.Api, HttpMethod.Put, Bulk, new { items });
        output.WriteLine($"{app.Provider}: 5,000 new products in {created.TotalMilliseconds:F0} ms, 5,000 unchanged in {clock.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal((5000, 0, 0), Counts(first));
        Assert.Equal((0, 0, 5000), Counts(again));
        Assert.Equal(5000, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products?pageSize=1", null)).GetProperty("total").GetInt32());
        Assert.Equal(1667, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products?tag=organik&pageSize=1", null)).GetProperty("total").GetInt32());
        var tooMany = await tenant.Api.PutAsJsonAsync(Bulk, new { items = items.Append(items[0]).ToList() });
        await Problems.AssertAsync(tooMany, HttpStatusCode.UnprocessableEntity, "items");
    }

    [Fact]
    public async Task A_key_without_the_catalog_scope_cannot_sync()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Muhtar.Platform.Identity.Roles.Owner);
        var till = await SendAsync(owner, HttpMethod.Post, "/api/v1/api-keys", new { name = "kasa", scopes = new[] { "pos" } }, HttpStatusCode.Created);
        var catalog = await SendAsync(owner, HttpMethod.Post, "/api/v1/api-keys", new { name = "erp", scopes = new[] { "catalog" } }, HttpStatusCode.Created);
        var body = new { items = new[] { Item(NewBarcode(), "Lokum", "Şekerleme", 45m) } };

        var refused = await TestTenant.CreateApiClient(app, till.GetProperty("key").GetString()!).PutAsJsonAsync(Bulk, body);
        var allowed = await TestTenant.CreateApiClient(app, catalog.GetProperty("key").GetString()!).PutAsJsonAsync(Bulk, body);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static (int, int, int) Counts(System.Text.Json.JsonElement result) =>
        (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32());
}

public sealed class ProductSyncTests_Sqlite(SqliteApp app, ITestOutputHelper output) : ProductSyncTests(app, output), IClassFixture<SqliteApp>;

public sealed class ProductSyncTests_Postgres(PostgresApp app, ITestOutputHelper output) : ProductSyncTests(app, output), IClassFixture<PostgresApp>;
