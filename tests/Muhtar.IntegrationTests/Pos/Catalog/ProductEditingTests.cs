using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary>Single products, archiving, and categories, brands and suppliers through the API (P3).</summary>
public abstract class ProductEditingTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_created_product_is_listed_and_a_patch_changes_only_what_it_sends()
    {
        var tenant = await app.CreateTenantAsync();
        var category = await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/categories", new { name = "Kuruyemiş" }, HttpStatusCode.Created);
        var code = NewBarcode();

        var created = await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/products", new
        {
            barcode = code,
            name = "Antep Fıstığı 200 g",
            categoryId = category.GetProperty("id").GetGuid(),
            price = 249.5m,
            cost = 180m,
            colour = "yeşil",
            tags = new[] { "Yerli" },
        }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var patched = await SendAsync(tenant.Api, HttpMethod.Patch, $"/api/v1/pos/products/{id}", new { price = 259.9m, unit = "kg" });

        Assert.Equal((259.9m, "kg"), (patched.GetProperty("price").GetDecimal(), patched.GetProperty("unit").GetString()));
        Assert.Equal(("Antep Fıstığı 200 g", "yeşil", "Kuruyemiş"), (patched.GetProperty("name").GetString(), patched.GetProperty("colour").GetString(), patched.GetProperty("category").GetString()));
        Assert.Equal(["yerli"], patched.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Antep Fıstığı 200 g"], Names(await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products?search=fistigi", null)));
    }

    [Fact]
    public async Task Bad_product_values_are_problems_naming_the_field()
    {
        var tenant = await app.CreateTenantAsync();
        var category = (await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/categories", new { name = "Bakliyat" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var code = NewBarcode();
        await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/products", new { barcode = code, name = "Nohut", categoryId = category, price = 60m }, HttpStatusCode.Created);

        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/products", new { barcode = code, name = "Nohut 2", categoryId = category, price = 60m }), HttpStatusCode.Conflict, "barcode");
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/products", new { barcode = NewBarcode(), name = "Mercimek", categoryId = category, price = 1.001m }), HttpStatusCode.UnprocessableEntity, "price");
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/products", new { barcode = NewBarcode(), name = "Fasulye", categoryId = Guid.NewGuid(), price = 70m }), HttpStatusCode.UnprocessableEntity, "categoryId");
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/products", new { barcode = "86 90", name = "Bulgur", categoryId = category, price = 40m }), HttpStatusCode.UnprocessableEntity, "barcode");
    }

    [Fact]
    public async Task An_archived_product_is_hidden_from_the_list_but_old_receipts_still_show_its_name()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        await SendAsync(tenant.Api, HttpMethod.Post, $"/api/v1/pos/products/{rows.CheeseId}/archive", null, HttpStatusCode.NoContent);

        var list = await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products", null);
        Assert.DoesNotContain("AÇIK BEYAZ PEYNİR", Names(list));
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var receipt = await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/receipts/{rows.ReceiptIds[0]}", null);
        Assert.Equal("AÇIK BEYAZ PEYNİR", receipt.GetProperty("lines")[1].GetProperty("productName").GetString());
        Assert.Equal("AÇIK BEYAZ PEYNİR", (await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/products/{rows.CheeseId}", null)).GetProperty("name").GetString());

        await SendAsync(tenant.Api, HttpMethod.Post, $"/api/v1/pos/products/{rows.CheeseId}/restore", null, HttpStatusCode.NoContent);
        Assert.Contains("AÇIK BEYAZ PEYNİR", Names(await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/products", null)));
    }

    [Fact]
    public async Task Categories_nest_and_a_name_in_use_cannot_be_deleted()
    {
        var tenant = await app.CreateTenantAsync();
        var food = (await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/categories", new { name = "Gıda" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var dairy = (await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/categories", new { name = "Süt Ürünleri", parentId = food }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var empty = (await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/brands", new { name = "Boş Marka" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/products", new { barcode = NewBarcode(), name = "Yoğurt", categoryId = dairy, price = 55m }, HttpStatusCode.Created);

        await Problems.AssertAsync(await tenant.Api.DeleteAsync($"/api/v1/pos/categories/{food}"), HttpStatusCode.Conflict, "id");
        await Problems.AssertAsync(await tenant.Api.DeleteAsync($"/api/v1/pos/categories/{dairy}"), HttpStatusCode.Conflict, "id");
        await Problems.AssertAsync(await tenant.Api.PutAsJsonAsync($"/api/v1/pos/categories/{food}", new { name = "Gıda", parentId = dairy }), HttpStatusCode.UnprocessableEntity, "parentId");
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/categories", new { name = "GIDA" }), HttpStatusCode.Conflict, "name");
        await SendAsync(tenant.Api, HttpMethod.Delete, $"/api/v1/pos/brands/{empty}", null, HttpStatusCode.NoContent);

        var categories = (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/categories", null)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Gıda", "Süt Ürünleri"], categories.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(food, categories[1].GetProperty("parentId").GetGuid());
        Assert.Equal(0, (await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/brands", null)).GetProperty("total").GetInt32());
        Assert.Equal(["Yoğurt"], Names(await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/products?categoryId={food}", null)));
    }
}

public sealed class ProductEditingTests_Sqlite(SqliteApp app) : ProductEditingTests(app), IClassFixture<SqliteApp>;

public sealed class ProductEditingTests_Postgres(PostgresApp app) : ProductEditingTests(app), IClassFixture<PostgresApp>;
