using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;
using static Muhtar.IntegrationTests.Pos.Checkout.TillClient;

namespace Muhtar.IntegrationTests.Pos.Checkout;

public abstract class TillReceiptTests(MuhtarAppFactory app)
{
    // 2 milks at 64,00 + 1 tea at 260,00 + an unknown barcode at 15,50 = 403,50 TL.
    private static readonly object[] Lines = [Line(Milk, 2, 64m), Line(Tea, 1, 260m), Line("2999999999993", 1, 15.5m)];

    [Fact]
    public async Task Evaluate_prices_the_basket_and_stores_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        using var json = await ReadAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/evaluate", new { storeCode = "IST01", lines = Lines }), HttpStatusCode.OK);

        Assert.Equal(403.5m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal(403.5m, json.RootElement.GetProperty("subtotal").GetDecimal());
        Assert.Equal([1, 2, 3], json.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("lineNo").GetInt32()));
        Assert.Equal(5, await CountAllReceiptsAsync(tenant));
    }

    [Fact]
    public async Task A_receipt_without_an_idempotency_key_is_a_400_naming_the_header()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        await ProblemAsync(await PostReceiptAsync(tenant.Api, Receipt("A1", 403.5m, Lines), key: null), HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(0, await CountReceiptsAsync(app, tenant, "A1"));
    }

    [Fact]
    public async Task Posting_the_same_receipt_twice_with_one_key_stores_it_once_and_replays_the_answer()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        var receipt = Receipt("A2", 403.5m, Lines, at: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var first = await PostReceiptAsync(tenant.Api, receipt, "key-a2");
        var second = await PostReceiptAsync(tenant.Api, receipt, "key-a2");

        using var a = await ReadAsync(first, HttpStatusCode.Created);
        using var b = await ReadAsync(second, HttpStatusCode.Created);
        Assert.Equal(a.RootElement.GetProperty("receiptId").GetGuid(), b.RootElement.GetProperty("receiptId").GetGuid());
        Assert.Equal(403.5m, a.RootElement.GetProperty("evaluation").GetProperty("total").GetDecimal());
        Assert.Equal(1, await CountReceiptsAsync(app, tenant, "A2"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("A3", 403.5m, Lines), "key-a3"), HttpStatusCode.Created);

        var other = await PostReceiptAsync(tenant.Api, Receipt("A3b", 128m, [Line(Milk, 2, 64m)]), "key-a3");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(0, await CountReceiptsAsync(app, tenant, "A3b"));
    }

    [Fact]
    public async Task Another_key_with_a_receipt_number_the_till_already_sent_is_a_409_naming_it()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("A4", 403.5m, Lines), "key-a4"), HttpStatusCode.Created);

        var again = await PostReceiptAsync(tenant.Api, Receipt("A4", 128m, [Line(Milk, 2, 64m)]), "key-a4-other");

        await ProblemAsync(again, HttpStatusCode.Conflict, "receiptNo");
        Assert.Equal(1, await CountReceiptsAsync(app, tenant, "A4"));
    }

    [Fact]
    public async Task Twenty_concurrent_posts_with_one_key_store_exactly_one_receipt()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        var receipt = Receipt("A5", 403.5m, Lines, at: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostReceiptAsync(tenant.Api, receipt, "key-a5")));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var ids = new HashSet<Guid>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            using var json = await ReadAsync(created, HttpStatusCode.Created);
            ids.Add(json.RootElement.GetProperty("receiptId").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1, await CountReceiptsAsync(app, tenant, "A5"));
    }

    [Fact]
    public async Task A_total_that_differs_from_the_evaluation_is_a_422_naming_total()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        await ProblemAsync(await PostReceiptAsync(tenant.Api, Receipt("A6", 400m, Lines), "key-a6"), HttpStatusCode.UnprocessableEntity, "total");
        Assert.Equal(0, await CountReceiptsAsync(app, tenant, "A6"));
    }

    [Fact]
    public async Task A_bad_line_is_a_problem_naming_that_line()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/evaluate", new { storeCode = "IST01", lines = new[] { Line(Milk, 1, 64m), Line(Tea, 0, 260m) } });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "lines[1].quantity");
    }

    [Fact]
    public async Task An_anonymous_receipt_is_stored_and_claimed_once_by_phone_then_shows_on_the_customer_timeline()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        var customer = await CreateCustomerAsync(tenant.Api, "0532 222 33 44");
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("A7", 403.5m, Lines), "key-a7"), HttpStatusCode.Created);
        var receiptId = posted.RootElement.GetProperty("receiptId").GetGuid();

        var claim = await tenant.Api.PostAsJsonAsync($"/api/v1/pos/receipts/{receiptId}/claim", new { phone = "05322223344" });
        var again = await tenant.Api.PostAsJsonAsync($"/api/v1/pos/receipts/{receiptId}/claim", new { phone = "05322223344" });

        using var claimed = await ReadAsync(claim, HttpStatusCode.OK);
        Assert.Equal(customer, claimed.RootElement.GetProperty("customerId").GetGuid());
        await ProblemAsync(again, HttpStatusCode.Conflict, "receiptId");
        using var receipt = await ReadAsync(await tenant.Api.GetAsync($"/api/v1/pos/receipts/{receiptId}"), HttpStatusCode.OK);
        Assert.Equal(customer, receipt.RootElement.GetProperty("customerId").GetGuid());
        using var timeline = await ReadAsync(await tenant.Api.GetAsync($"/api/v1/customers/{customer}/timeline"), HttpStatusCode.OK);
        Assert.Contains("Fiş A7 · 403,50 ₺ · Kadıköy", timeline.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Another_business_cannot_claim_or_return_this_business_receipt()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, owner);
        await PosRows.SeedAsync(app, intruder);
        await CreateCustomerAsync(intruder.Api, "0532 555 66 77");
        using var posted = await ReadAsync(await PostReceiptAsync(owner.Api, Receipt("A8", 403.5m, Lines), "key-a8"), HttpStatusCode.Created);
        var receiptId = posted.RootElement.GetProperty("receiptId").GetGuid();

        var claim = await intruder.Api.PostAsJsonAsync($"/api/v1/pos/receipts/{receiptId}/claim", new { phone = "05325556677" });
        var giveBack = await intruder.Api.PostAsJsonAsync("/api/v1/pos/returns",
            new { originalReceiptId = receiptId, storeCode = "IST01", tillCode = "01", lines = new[] { new { lineNo = 1, quantity = 1m } } });

        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, giveBack.StatusCode);
        using var receipt = await ReadAsync(await owner.Api.GetAsync($"/api/v1/pos/receipts/{receiptId}"), HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, receipt.RootElement.GetProperty("customerId").ValueKind);
    }

    private async Task<int> CountAllReceiptsAsync(TestTenant tenant)
    {
        using var json = await ReadAsync(await tenant.Api.GetAsync("/api/v1/pos/receipts"), HttpStatusCode.OK);
        return json.RootElement.GetProperty("total").GetInt32();
    }
}

public sealed class TillReceiptTests_Sqlite(SqliteApp app) : TillReceiptTests(app), IClassFixture<SqliteApp>;

public sealed class TillReceiptTests_Postgres(PostgresApp app) : TillReceiptTests(app), IClassFixture<PostgresApp>;
