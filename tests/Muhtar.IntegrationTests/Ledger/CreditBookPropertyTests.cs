using System.Net;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>
/// Property: whatever random mix of charges, payments and reversals several customers get, each balance is the sum of
/// that customer's entries, and the debtors list holds exactly the customers who owe, with those balances and their total.
/// </summary>
public abstract class CreditBookPropertyTests(MuhtarAppFactory app)
{
    [Theory]
    [InlineData(11)]
    [InlineData(42)]
    public async Task Balances_equal_the_sum_of_entries_and_the_debtors_list_agrees_under_random_sequences(int seed)
    {
        var tenant = await app.CreateTenantAsync();
        var random = new Random(seed);
        var customers = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            customers.Add(await CreditBookApi.CustomerAsync(tenant, "Müşteri" + i, $"0532 72{seed % 10} {30 + i} {10 + random.Next(89)}"));
        }

        var posted = new List<(Guid Id, Guid Customer)>();
        for (var step = 0; step < 45; step++)
        {
            var customer = customers[random.Next(customers.Count)];
            if (random.Next(4) == 0 && posted.Count > 0)
            {
                var (id, _) = posted[random.Next(posted.Count)];
                var reverse = await tenant.Api.PostAsync($"/api/v1/credit-book/entries/{id}/reverse", null);
                Assert.Contains(reverse.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
                continue;
            }

            var kind = random.Next(3) == 0 ? "payment" : "charge";
            var entry = await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind, amount = random.Next(1, 50_000) / 100m });
            posted.Add((entry.GetProperty("entry").GetProperty("id").GetGuid(), customer));
            app.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 600)));
        }

        var balances = new Dictionary<Guid, decimal>();
        foreach (var customer in customers)
        {
            using var account = await CreditBookApi.JsonAsync(await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}"), HttpStatusCode.OK);
            var entries = account.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("amount").GetDecimal()).ToList();
            Assert.True(entries.Count < 50, "the account shows at most 50 entries; the sum below needs all of them");
            balances[customer] = account.RootElement.GetProperty("balance").GetDecimal();
            Assert.Equal(entries.Sum(), balances[customer]);
        }

        using var debtors = await CreditBookApi.JsonAsync(await tenant.Api.GetAsync("/api/v1/credit-book/debtors"), HttpStatusCode.OK);
        var listed = debtors.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("customerId").GetGuid(), d => d.GetProperty("balance").GetDecimal());
        Assert.Equal(balances.Where(b => b.Value > 0).OrderBy(b => b.Key), listed.OrderBy(b => b.Key));
        Assert.Equal(balances.Values.Where(b => b > 0).Sum(), debtors.RootElement.GetProperty("total").GetDecimal());
    }
}

public sealed class CreditBookPropertyTests_Sqlite(SqliteApp app) : CreditBookPropertyTests(app), IClassFixture<SqliteApp>;

public sealed class CreditBookPropertyTests_Postgres(PostgresApp app) : CreditBookPropertyTests(app), IClassFixture<PostgresApp>;
