using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

/// <summary>Catalogue rows (a store with a till, a category, brand, supplier and product) named with the marker.</summary>
public sealed partial record TenantRows
{
    private static async Task SeedCatalogAsync(TestTenant tenant, string marker, Dictionary<string, string> ids)
    {
        async Task<string?> CreateAsync(string url, object body)
        {
            var response = await tenant.Api.PostAsJsonAsync(url, body);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("id").GetString();
        }

        if (await CreateAsync("/api/v1/pos/stores", new { code = marker[^8..], name = marker + "Mağaza" }) is { } store)
        {
            ids["/api/v1/pos/stores/"] = store;
            if (await CreateAsync($"/api/v1/pos/stores/{store}/tills", new { code = "1" }) is { } till)
            {
                ids["/api/v1/pos/tills/"] = till;
            }
        }

        var category = await CreateAsync("/api/v1/pos/categories", new { name = marker + "Reyon" });
        if (category is not null)
        {
            ids["/api/v1/pos/categories/"] = category;
        }

        var brand = await CreateAsync("/api/v1/pos/brands", new { name = marker + "Marka" });
        if (brand is not null)
        {
            ids["/api/v1/pos/brands/"] = brand;
        }

        var supplier = await CreateAsync("/api/v1/pos/suppliers", new { name = marker + "Tedarikçi" });
        if (supplier is not null)
        {
            ids["/api/v1/pos/suppliers/"] = supplier;
        }

        if (category is not null
            && await CreateAsync("/api/v1/pos/products", new { barcode = marker, name = marker + "Ürün", categoryId = category, brandId = brand, supplierId = supplier, price = 10m }) is { } product)
        {
            ids["/api/v1/pos/products/"] = product;
        }
    }
}
