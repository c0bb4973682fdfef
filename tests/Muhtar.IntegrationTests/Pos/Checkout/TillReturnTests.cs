using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;
using static Muhtar.IntegrationTests.Pos.Checkout.TillClient;

namespace Muhtar.IntegrationTests.Pos.Checkout;

public abstract class TillReturnTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Returning_a_line_in_three_goes_refunds_exactly_its_net_total_and_no_more()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        // 3 at 33,33 = 99,99 TL: thirds of it do not divide evenly into kuruş.
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("R1", 99.99m, [Line(Milk, 3, 33.33m)]), "key-r1"), HttpStatusCode.Created);
        var receiptId = posted.RootElement.GetProperty("receiptId").GetGuid();

        var refunds = new List<decimal>();
        for (var i = 0; i < 3; i++)
        {
            using var returned = await ReadAsync(await ReturnAsync(tenant, receiptId, lineNo: 1, quantity: 1), HttpStatusCode.Created);
            refunds.Add(returned.RootElement.GetProperty("refund").GetDecimal());
        }

        var tooMuch = await ReturnAsync(tenant, receiptId, lineNo: 1, quantity: 1);

        Assert.Equal(99.99m, refunds.Sum());
        await ProblemAsync(tooMuch, HttpStatusCode.UnprocessableEntity, "lines[0].quantity");
    }

    [Fact]
    public async Task Returning_more_than_was_bought_is_refused_naming_the_line()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("R2", 128m, [Line(Milk, 2, 64m)]), "key-r2"), HttpStatusCode.Created);

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/returns", new
        {
            originalReceiptId = posted.RootElement.GetProperty("receiptId").GetGuid(),
            storeCode = "IST01",
            tillCode = "01",
            lines = new[] { new { barcode = Milk, quantity = 3m } },
        });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "lines[0].quantity");
    }

    [Fact]
    public async Task An_online_order_is_taken_back_in_a_shop_by_its_order_number()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        await MakeOnlineAsync(app, tenant, "ANK01");
        var order = new
        {
            storeCode = "ANK01",
            tillCode = "01",
            cashier = "web",
            receiptNo = "WEB-1001",
            occurredAt = DateTimeOffset.UtcNow,
            total = 260m,
            paymentType = "card",
            lines = new[] { Line(Tea, 1, 260m) },
        };
        await ReadAsync(await PostReceiptAsync(tenant.Api, order, "key-web-1001"), HttpStatusCode.Created);

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/returns", new
        {
            orderId = "WEB-1001",
            storeCode = "IST01",
            tillCode = "02",
            lines = new[] { new { barcode = Tea, quantity = 1m } },
        });

        using var returned = await ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal(260m, returned.RootElement.GetProperty("refund").GetDecimal());
    }

    private static Task<HttpResponseMessage> ReturnAsync(TestTenant tenant, Guid receiptId, int lineNo, decimal quantity) =>
        tenant.Api.PostAsJsonAsync("/api/v1/pos/returns", new
        {
            originalReceiptId = receiptId,
            storeCode = "IST01",
            tillCode = "01",
            lines = new[] { new { lineNo, quantity } },
        });
}

public sealed class TillReturnTests_Sqlite(SqliteApp app) : TillReturnTests(app), IClassFixture<SqliteApp>;

public sealed class TillReturnTests_Postgres(PostgresApp app) : TillReturnTests(app), IClassFixture<PostgresApp>;
