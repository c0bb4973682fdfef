using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>Simultaneous receipts at one counter still get distinct, gapless numbers (the unique index plus a retry).</summary>
public sealed class WorkOrderNumberingTests_Postgres(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Ten_simultaneous_receipts_get_ten_distinct_consecutive_numbers()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        var promised = kit.Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => kit.Tenant.Api.PostAsJsonAsync("/api/v1/work-orders",
            new { phone = $"0537 300 00 {i:00}", description = "Ütü", price = 50, promisedOn = promised })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        using var list = await kit.GetAsync("/api/v1/work-orders");
        var numbers = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(1001, 10), numbers);
    }
}
