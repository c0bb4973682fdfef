using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

public sealed partial record TenantRows
{
    /// <summary>A coupon promotion named with the marker and one of its coupons, so the promotion and coupon routes aim at real rows.</summary>
    private static async Task SeedPromotionsAsync(TestTenant tenant, Dictionary<string, string> ids, string marker)
    {
        var promotion = await tenant.Api.PostAsJsonAsync("/api/v1/pos/promotions", new
        {
            name = marker + "Kampanya",
            kind = "percentOff",
            percentOff = 10,
            requiresCoupon = true,
        });
        if (!promotion.IsSuccessStatusCode)
        {
            return;
        }

        using var promotionJson = JsonDocument.Parse(await promotion.Content.ReadAsStringAsync());
        var promotionId = promotionJson.RootElement.GetProperty("id").GetString()!;
        ids["/api/v1/pos/promotions/"] = promotionId;
        var coupon = await tenant.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId, code = marker });
        if (coupon.IsSuccessStatusCode)
        {
            using var couponJson = JsonDocument.Parse(await coupon.Content.ReadAsStringAsync());
            ids["/api/v1/pos/coupons/"] = couponJson.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        }
    }
}
