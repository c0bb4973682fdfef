using Muhtar.Abstractions.Customers;
using Muhtar.Ledger.Api;

namespace Muhtar.Ledger.Book;

/// <summary>Who owes what and since when, with names for display; sorted largest debt or oldest debt first.</summary>
internal sealed class DebtorQueries(CreditBook book, ICustomerDirectory customers)
{
    public async Task<DebtorList> ListAsync(bool oldestFirst, CancellationToken ct = default)
    {
        var debtors = await book.DebtorsAsync(ct);
        var rows = new List<DebtorResponse>(debtors.Count);
        foreach (var d in debtors)
        {
            var customer = await customers.GetAsync(d.CustomerId, ct);
            rows.Add(new DebtorResponse(d.CustomerId, customer?.DisplayName ?? "", customer?.Phone, d.BalanceKurus / 100m,
                d.Since is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null));
        }

        var sorted = oldestFirst
            ? rows.OrderBy(r => r.Since ?? DateTime.MaxValue).ThenByDescending(r => r.Balance)
            : rows.OrderByDescending(r => r.Balance).ThenBy(r => r.Since ?? DateTime.MaxValue);
        return new DebtorList(sorted.ToList(), rows.Count, debtors.Sum(d => d.BalanceKurus) / 100m);
    }
}
