using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// Sets the business up through the admin APIs, as its owner would: a loyalty programme (1 point per TL,
/// double points on one category, a tier) and two stackable promotions — "3 al 2 öde" on one product
/// (buy 2, get the third free) and 10 % off one category. Every bench receipt hits both.
/// </summary>
internal static class TillBenchSetup
{
    public static async Task<BenchPromotions> ConfigureAsync(HttpClient admin, TillBenchTenant tenant)
    {
        var byCategory = tenant.Products.GroupBy(p => p.CategoryId).Where(g => g.Count() >= 3).OrderBy(g => g.Key).ToList();
        var buyThree = byCategory[0].First();
        var discounted = byCategory[1].ToList();
        var doublePoints = byCategory[2].Key;

        await SendAsync(admin, HttpMethod.Put, "/api/v1/loyalty/programme", new JsonObject
        {
            ["isActive"] = true,
            ["pointsPerLira"] = 1,
            ["pointValue"] = 0.01m,
            ["minRedeemPoints"] = 100,
            ["maxRedeemPercent"] = 50,
            ["expiryMonths"] = 24,
        });
        await SendAsync(admin, HttpMethod.Post, "/api/v1/loyalty/earn-rules", new JsonObject
        {
            ["name"] = "Bench çift puan",
            ["targetKind"] = "category",
            ["targetId"] = doublePoints,
            ["multiplier"] = 2,
        });
        await SendAsync(admin, HttpMethod.Post, "/api/v1/loyalty/tiers", new JsonObject
        {
            ["name"] = "Altın",
            ["thresholdPoints"] = 5000,
            ["earnMultiplier"] = 1.5m,
            ["benefits"] = "Bench",
        });

        var threeForTwo = await SendAsync(admin, HttpMethod.Post, "/api/v1/pos/promotions", new JsonObject
        {
            ["name"] = "Bench 3 al 2 öde",
            ["kind"] = "buyNGetY",
            ["exclusive"] = false,
            ["priority"] = 10,
            ["target"] = new JsonObject { ["kind"] = "product", ["id"] = buyThree.Id },
            ["rewardTarget"] = new JsonObject { ["kind"] = "product", ["id"] = buyThree.Id },
            ["buyQuantity"] = 2,
            ["getQuantity"] = 1,
            ["percentOff"] = 100,
        });
        var tenPercent = await SendAsync(admin, HttpMethod.Post, "/api/v1/pos/promotions", new JsonObject
        {
            ["name"] = "Bench kategoride %10",
            ["kind"] = "percentOff",
            ["exclusive"] = false,
            ["priority"] = 5,
            ["target"] = new JsonObject { ["kind"] = "category", ["id"] = discounted[0].CategoryId },
            ["percentOff"] = 10,
        });
        Console.WriteLine($"  promotions {threeForTwo["id"]} (3 al 2 öde) and {tenPercent["id"]} (10 % off a category); loyalty programme set");
        return new BenchPromotions(buyThree, discounted);
    }

    private static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string path, JsonObject body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text.Length == 0 ? "{}" : text)!
            : throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }
}

/// <summary>The product "3 al 2 öde" applies to, and the products of the category with 10 % off.</summary>
internal sealed record BenchPromotions(BenchProduct BuyThree, IReadOnlyList<BenchProduct> InCategory);
