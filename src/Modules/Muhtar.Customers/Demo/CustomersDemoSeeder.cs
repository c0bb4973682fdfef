using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Notes;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;

namespace Muhtar.Customers.Demo;

/// <summary>
/// About 2,000 customers for the demo business, validated like any other (phones end up in E.164) and
/// written in batches. No events are published: other modules seed their own demo data.
/// </summary>
internal sealed class CustomersDemoSeeder(IDbContextFactory<MuhtarDbContext> dbFactory, CustomerValidator validator) : IDemoSeeder
{
    public const int Companies = 120;
    public const int Persons = 1880;
    private const int BatchSize = 250;

    public int Order => 10;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var faker = new DemoCustomerFaker(context.RandomSeed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var companies = await SaveAsync(Generate(faker, Companies, keys, context.Now, _ => faker.Company()), context, faker, ct);
        await SaveAsync(Generate(faker, Persons, keys, context.Now, _ => faker.Person(faker.Chance(0.08f) ? faker.Pick(companies) : null)), context, faker, ct);
    }

    /// <summary>Valid customers whose phone, e-mail and card no other demo customer has.</summary>
    private IEnumerable<Customer> Generate(DemoCustomerFaker faker, int count, HashSet<string> keys, DateTime now, Func<int, CustomerRequest> next)
    {
        var made = 0;
        for (var attempt = 0; made < count; attempt++)
        {
            if (attempt > count * 3)
            {
                throw new InvalidOperationException($"The demo faker produced {made} valid customers of {count} after {attempt} tries.");
            }

            var (draft, _) = validator.Validate(next(made));
            if (draft is null || !Unique(draft, keys))
            {
                continue;
            }

            made++;
            yield return new Customer(draft, faker.JoinedBefore(now));
        }
    }

    private static bool Unique(CustomerDraft draft, HashSet<string> keys)
    {
        string?[] own = [draft.Phone, draft.Email?.ToLowerInvariant(), draft.CardNumber];
        if (own.Any(k => k is not null && keys.Contains(k)))
        {
            return false;
        }

        keys.UnionWith(own.OfType<string>());
        return true;
    }

    private async Task<List<Guid>> SaveAsync(IEnumerable<Customer> customers, DemoSeedContext context, DemoCustomerFaker faker, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var batch in customers.Chunk(BatchSize))
        {
            // A fresh context per batch keeps the change tracker small.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            foreach (var customer in batch)
            {
                db.Add(customer);
                if (faker.Address() is { } address)
                {
                    customer.AddAddress(address, customer.CreatedAt);
                }

                if (faker.Note() is { } note)
                {
                    db.Add(new CustomerNote(customer.Id, note, context.StaffByRole.Values.First(), "demo", customer.CreatedAt));
                }

                ids.Add(customer.Id);
            }

            await db.SaveChangesAsync(ct);
        }

        return ids;
    }
}
