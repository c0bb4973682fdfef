using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Receipts;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// The receipts phase: every receipt has 10 lines, names a customer by phone (so points are earned), and
/// carries a unique receipt number and Idempotency-Key. Each basket is one of a few dozen templates that
/// trigger both bench promotions (see <see cref="TillBenchSetup"/>); the till must send the total the
/// server will compute, so each template is evaluated once beforehand and checked to apply two promotions
/// and earn points. Bodies are serialised before the phase so the generator only sends bytes.
/// </summary>
internal sealed class ReceiptLoad
{
    private const int Templates = 48;

    private readonly byte[][] _bodies;
    private readonly string[] _keys;
    private readonly string _run;
    private int _posted;
    private int _sent;

    private ReceiptLoad(byte[][] bodies, string[] keys, string run)
    {
        _bodies = bodies;
        _keys = keys;
        _run = run;
    }

    public static async Task<ReceiptLoad> PrepareAsync(HttpClient till, HttpClient admin, TillBenchTenant tenant, TillBenchOptions options)
    {
        var setup = await TillBenchSetup.ConfigureAsync(admin, tenant);
        var random = new Random(7);
        var store = tenant.Stores[0];
        var others = tenant.Products.Where(p => p.Id != setup.BuyThree.Id && p.CategoryId != setup.InCategory[0].CategoryId).ToArray();
        var templates = new List<(JsonArray Lines, decimal Total)>();
        for (var t = 0; t < Templates; t++)
        {
            var lines = new JsonArray
            {
                Line(setup.BuyThree.Barcode, 3, setup.BuyThree.PriceKurus),
                Line(setup.InCategory[t % setup.InCategory.Count].Barcode, 1, setup.InCategory[t % setup.InCategory.Count].PriceKurus),
            };
            for (var l = 0; l < 8; l++)
            {
                var product = others[random.Next(others.Length)];
                lines.Add(Line(product.Barcode, 1 + random.Next(2), product.PriceKurus));
            }

            var basket = new JsonObject { ["storeCode"] = store.Code, ["phone"] = TillBenchTenant.Phone(t), ["lines"] = lines };
            using var response = await till.PostAsJsonAsync("/api/v1/pos/evaluate", basket);
            var evaluation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Evaluate answered {(int)response.StatusCode}: {evaluation}");
            }

            var applied = evaluation["lines"]!.AsArray().SelectMany(l => l!["promotions"]!.AsArray().Select(p => p!.GetValue<string>())).Distinct().Count();
            if (applied < 2 || evaluation["pointsToEarn"]!.GetValue<long>() <= 0)
            {
                throw new InvalidOperationException($"A bench basket must apply two promotions and earn points: {evaluation}");
            }

            templates.Add((lines, evaluation["total"]!.GetValue<decimal>()));
        }

        var count = (int)(options.ReceiptRate * options.Seconds);
        var run = Guid.NewGuid().ToString("N")[..6];
        var bodies = new byte[count][];
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            var (lines, total) = templates[i % Templates];
            var customer = random.Next(tenant.CustomerIds.Length);
            var receipt = new JsonObject
            {
                ["storeCode"] = store.Code,
                ["tillCode"] = store.TillCodes[i % store.TillCodes.Count],
                ["cashier"] = "Bench Kasiyer",
                ["receiptNo"] = $"B{run}-{i:D6}",
                ["occurredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["phone"] = TillBenchTenant.Phone(customer),
                ["lines"] = lines.DeepClone(),
                ["total"] = total,
                ["paymentType"] = "card",
            };
            bodies[i] = Encoding.UTF8.GetBytes(receipt.ToJsonString());
            keys[i] = $"bench-{run}-{i}";
        }

        return new ReceiptLoad(bodies, keys, run);
    }

    public async Task<int> PostAsync(HttpClient client, int i)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pos/receipts")
        {
            Content = new ByteArrayContent(_bodies[i]) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Add("Idempotency-Key", _keys[i]);
        Interlocked.Increment(ref _sent);
        using var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _posted);
        }

        return (int)response.StatusCode;
    }

    /// <summary>Every 2xx answer left exactly one stored receipt with 10 lines. A post the load generator gave up on
    /// (client timeout under overload) may still have been stored by the server, so stored lies between the 2xx
    /// answers and the posts sent; never more, and never a receipt with missing lines.</summary>
    public async Task VerifyAsync(IServiceProvider services, TillBenchTenant tenant)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.TenantId, null, "bench");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var stored = await db.Set<Receipt>().CountAsync(r => r.ReceiptNo.StartsWith("B" + _run));
        var lines = await db.Set<ReceiptLine>().CountAsync(l => db.Set<Receipt>().Any(r => r.Id == l.ReceiptId && r.ReceiptNo.StartsWith("B" + _run)));
        Console.WriteLine($"  receipts sent: {_sent:N0}; answered 2xx: {_posted:N0}; stored: {stored:N0} with {lines:N0} lines");
        if (stored < _posted || stored > _sent || lines != stored * 10)
        {
            throw new InvalidOperationException("The stored receipts do not match the accepted posts.");
        }
    }

    private static JsonObject Line(string barcode, int quantity, long priceKurus) => new()
    {
        ["barcode"] = barcode,
        ["quantity"] = quantity,
        ["unitPrice"] = priceKurus / 100m,
    };
}
