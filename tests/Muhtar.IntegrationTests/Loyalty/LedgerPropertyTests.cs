using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Loyalty;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Loyalty.Expiry;
using Muhtar.Loyalty.Ledger;
using Muhtar.Platform.Errors;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>
/// Property: after any sequence of earn, redeem, return, expiry and manual adjustment, the balance row equals
/// the ledger's sum and neither ever goes below zero. Fixed seeds (plain System.Random; FsCheck is not in the
/// package list), so a failure names its seed and step and is repeatable.
/// </summary>
public abstract class LedgerPropertyTests(MuhtarAppFactory app)
{
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    [InlineData(4242)]
    public async Task The_ledger_always_sums_to_the_balance_and_never_goes_negative(int seed)
    {
        var random = new Random(seed);
        var kit = await LoyaltyKit.CreateAsync(app, new { isActive = true, pointsPerLira = 1, pointValue = 0.01, minRedeemPoints = 10, maxRedeemPercent = 80, expiryMonths = 1 });
        var customer = await kit.CustomerAsync();
        var sales = new List<(Guid Receipt, int Quantity, int Returned)>();
        var at = kit.Now;
        for (var step = 0; step < 40; step++)
        {
            at = at.AddDays(random.Next(0, 6));
            var op = random.Next(5);
            var balance = (await kit.BalancesAsync(customer)).Balance;
            try
            {
                switch (op)
                {
                    case 0 or 1:
                        var quantity = random.Next(1, 5);
                        var redeem = balance >= 10 && random.Next(2) == 0 ? random.Next(10, (int)Math.Min(balance, 5000) + 1) : 0;
                        var basket = new LoyaltyBasket(customer, at, [kit.CakeLine(1, quantity, random.Next(1, 400_00) * quantity), kit.LatteLine(2, 1, random.Next(0, 90_00))], redeem, random.Next(3) == 0 ? 50 : 0);
                        var (receipt, _) = await kit.SellAsync(basket);
                        sales.Add((receipt, quantity, 0));
                        break;
                    case 2 when sales.Any(s => s.Returned < s.Quantity):
                        var i = sales.FindIndex(s => s.Returned < s.Quantity);
                        var back = random.Next(1, sales[i].Quantity - sales[i].Returned + 1);
                        await kit.ReturnAsync(sales[i].Receipt, customer, new LoyaltyReturnLine(1, sales[i].Quantity * 1000, back * 1000), new LoyaltyReturnLine(2, 1000, 1000));
                        sales[i] = sales[i] with { Returned = sales[i].Returned + back };
                        break;
                    case 3:
                        await kit.WithScopeAsync(sp => sp.GetRequiredService<PointAdjustments>().AdjustAsync(customer, random.Next(-300, 300) | 1, "özellik testi"));
                        break;
                    default:
                        app.Clock.Advance(TimeSpan.FromDays(random.Next(1, 20)));
                        await kit.WithScopeAsync(sp => sp.GetRequiredService<PointExpiry>().RunAsync());
                        break;
                }
            }
            catch (RuleViolation violation) when (violation.Field is "redeemPoints" or "points")
            {
                // The rules refused it (max share, below zero): refusing is the expected outcome, the ledger must be unchanged.
            }

            var (after, sum) = await kit.BalancesAsync(customer);
            Assert.True(after == sum, $"seed {seed} step {step} op {op}: balance {after} ≠ ledger {sum}");
            Assert.True(after >= 0, $"seed {seed} step {step} op {op}: balance {after}");
        }

        var entries = await kit.WithAccountsAsync((_, db) => db.Set<PointEntry>().CountAsync(e => e.CustomerId == customer));
        Assert.True(entries > 10, "the sequence exercised the ledger");
    }
}

public sealed class LedgerPropertyTests_Sqlite(SqliteApp app) : LedgerPropertyTests(app), IClassFixture<SqliteApp>;

public sealed class LedgerPropertyTests_Postgres(PostgresApp app) : LedgerPropertyTests(app), IClassFixture<PostgresApp>;
