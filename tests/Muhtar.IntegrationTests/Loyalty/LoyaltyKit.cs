using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Loyalty;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Catalog;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>A business with a small catalogue (coffee, cake, a brand) and helpers to post sales and returns
/// through <see cref="ILoyaltyAccounts"/> the way the till does: into a context the test then saves.</summary>
public sealed class LoyaltyKit(MuhtarAppFactory app, TestTenant tenant, Guid coffeeCategory, Guid cakeCategory, Guid brand, Guid latte, Guid espresso, Guid cake)
{
    public TestTenant Tenant { get; } = tenant;

    public Guid CoffeeCategory { get; } = coffeeCategory;

    public Guid CakeCategory { get; } = cakeCategory;

    public Guid Brand { get; } = brand;

    public Guid Latte { get; } = latte;

    public Guid Espresso { get; } = espresso;

    public Guid Cake { get; } = cake;

    public DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    public static async Task<LoyaltyKit> CreateAsync(MuhtarAppFactory app, object? programme = null)
    {
        var tenant = await app.CreateTenantAsync();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var coffee = new Category("Kahve", null);
        var cakes = new Category("Pasta", null);
        var brand = new Brand("Çekirdek Kavurma");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var latte = new Product(new ProductDraft("8690000100001", "K1", "Latte", coffee.Id, brand.Id, null, 90_00, 20_00, ProductUnit.Piece, null, null, []), now);
        var espresso = new Product(new ProductDraft("8690000100002", "K2", "Espresso", coffee.Id, null, null, 60_00, 10_00, ProductUnit.Piece, null, null, []), now);
        var cake = new Product(new ProductDraft("8690000100003", "P1", "Cheesecake", cakes.Id, null, null, 150_00, 50_00, ProductUnit.Piece, null, null, []), now);
        db.AddRange(coffee, cakes, brand, latte, espresso, cake);
        await db.SaveChangesAsync();
        var kit = new LoyaltyKit(app, tenant, coffee.Id, cakes.Id, brand.Id, latte.Id, espresso.Id, cake.Id);
        await kit.PutAsync("/api/v1/loyalty/programme", programme ?? new { isActive = true, pointsPerLira = 1, pointValue = 0.01, minRedeemPoints = 100, maxRedeemPercent = 50, expiryMonths = 12 });
        return kit;
    }

    public async Task<Guid> CustomerAsync(string firstName = "Ayşe")
    {
        var response = await Tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Kaya" });
        using var json = await JsonAsync(response, HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public LoyaltyLine LatteLine(int lineNo, int quantity, long netKurus) => new(lineNo, Latte, CoffeeCategory, Brand, null, quantity * 1000, 90_00, netKurus);

    public LoyaltyLine EspressoLine(int lineNo, int quantity, long netKurus) => new(lineNo, Espresso, CoffeeCategory, null, null, quantity * 1000, 60_00, netKurus);

    public LoyaltyLine CakeLine(int lineNo, int quantity, long netKurus) => new(lineNo, Cake, CakeCategory, null, null, quantity * 1000, 150_00, netKurus);

    public LoyaltyBasket Basket(Guid customer, long redeem, params LoyaltyLine[] lines) => new(customer, Now, lines, redeem, 0);

    public async Task<T> WithAccountsAsync<T>(Func<ILoyaltyAccounts, MuhtarDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await action(scope.ServiceProvider.GetRequiredService<ILoyaltyAccounts>(), db);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Id, null, "tests");
        return await action(scope.ServiceProvider);
    }

    /// <summary>Posts a sale as the till does and saves; returns the receipt id and what was posted.</summary>
    public async Task<(Guid ReceiptId, LoyaltyPosting Posting)> SellAsync(LoyaltyBasket basket, Guid? receiptId = null)
    {
        var id = receiptId ?? Guid.CreateVersion7();
        var posting = await WithAccountsAsync(async (accounts, db) =>
        {
            var p = await accounts.PostSaleAsync(db, id, basket);
            await db.SaveChangesAsync();
            return p;
        });
        return (id, posting);
    }

    public Task<LoyaltyPosting> ReturnAsync(Guid receiptId, Guid customer, params LoyaltyReturnLine[] lines) =>
        WithAccountsAsync(async (accounts, db) =>
        {
            var p = await accounts.PostReturnAsync(db, new LoyaltyReturn(Guid.CreateVersion7(), receiptId, customer, Now, lines));
            await db.SaveChangesAsync();
            return p;
        });

    public Task<LoyaltyQuote> QuoteAsync(LoyaltyBasket basket) => WithAccountsAsync((accounts, _) => accounts.QuoteAsync(basket));

    public Task<LoyaltyStatus> StatusAsync(Guid customer) => WithAccountsAsync((accounts, _) => accounts.GetStatusAsync(customer));

    /// <summary>The balance row and the ledger's sum, read straight from the database.</summary>
    public Task<(long Balance, long LedgerSum)> BalancesAsync(Guid customer) => WithAccountsAsync(async (_, db) =>
    {
        var balance = await db.Set<Muhtar.Loyalty.Ledger.LoyaltyAccount>().Where(a => a.CustomerId == customer).Select(a => a.Balance).FirstOrDefaultAsync();
        var sum = await db.Set<Muhtar.Loyalty.Ledger.PointEntry>().Where(e => e.CustomerId == customer).SumAsync(e => e.Points);
        return (balance, sum);
    });

    public async Task<JsonDocument> PutAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await JsonAsync(await Tenant.Api.PutAsJsonAsync(url, body), expected);

    public async Task<JsonDocument> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await JsonAsync(await Tenant.Api.PostAsJsonAsync(url, body), expected);

    public async Task<JsonDocument> GetAsync(string url) => await JsonAsync(await Tenant.Api.GetAsync(url), HttpStatusCode.OK);

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
    }
}
