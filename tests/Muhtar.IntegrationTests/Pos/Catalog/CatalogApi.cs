using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary>Small helpers for the catalogue tests: JSON calls that fail with the body, and a look at the rows behind them.</summary>
internal static class CatalogApi
{
    public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url} → {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A product line for the bulk sync; the barcode is unique to the test run.</summary>
    public static object Item(string barcode, string name, string category, decimal price, string? brand = null, string[]? tags = null) =>
        new { barcode, name, category, price, brand, tags };

    public static string NewBarcode() => "86" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999);

    public static async Task<T> QueryAsync<T>(MuhtarAppFactory app, TestTenant tenant, Func<MuhtarDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static List<string?> Names(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
}
