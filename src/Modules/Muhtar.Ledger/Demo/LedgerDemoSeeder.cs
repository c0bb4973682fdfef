using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Ledger.Book;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;

namespace Muhtar.Ledger.Demo;

/// <summary>
/// A handful of neighbourhood tabs for the demo business's credit book: an old debt partly paid, a fresh one,
/// one paid off, and one with a corrected mistake, so the debtors list, "owes since", statements and reminders
/// all have something to show. Runs after the customers seeder; seeds nothing twice.
/// </summary>
internal sealed class LedgerDemoSeeder(IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory customers, ICustomerEditor editor) : IDemoSeeder
{
    private static readonly DemoTab[] Tabs =
    [
        new("+905329001101", "Ahmet", "Yıldız", [(-41, 250_00, "Bakkal alışverişi"), (-30, 180_00, "Tüp"), (-12, -80_00, null)]),
        new("+905329001102", "Fatma", "Kılıç", [(-6, 82_50, "Ekmek, süt, yumurta"), (-2, 47_25, null)]),
        new("+905329001103", "Hasan", "Koç", [(-55, 120_00, "Deterjan"), (-20, -120_00, null)]),
        new("+905329001104", "Mustafa", "Aksoy", [(-25, 900_00, "Aylık hesap"), (-25, 9_000_00, "Yanlış tutar"), (-3, 340_00, "Su, çay")]),
    ];

    public int Order => 40;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<CreditEntry>().AnyAsync(ct))
        {
            return;
        }

        foreach (var tab in Tabs)
        {
            var customerId = (await customers.FindByPhoneAsync(tab.Phone, ct))?.Id ?? await editor.EnrolAsync(tab.Phone, tab.FirstName, tab.LastName, ct);
            foreach (var (days, kurus, note) in tab.Entries)
            {
                var at = context.Now.AddDays(days);
                var entry = new CreditEntry(customerId, kurus > 0 ? CreditEntryKind.Charge : CreditEntryKind.Payment, kurus, note, null, at, "demo");
                db.Add(entry);
                if (note == "Yanlış tutar")
                {
                    // The grocer typed 9.000 for 90 and corrected it the same hour: history keeps both lines.
                    db.Add(new CreditEntry(customerId, CreditEntryKind.Reversal, -kurus, null, entry.Id, at.AddMinutes(20), "demo"));
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record DemoTab(string Phone, string FirstName, string LastName, (int Days, long Kurus, string? Note)[] Entries);
}
