using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Customers;

/// <summary>Other modules' read access to customers (the till's lookup): no-tracking, one indexed lookup each.</summary>
internal sealed class CustomerDirectory(IDbContextFactory<MuhtarDbContext> dbFactory, IPhoneNormalizer phones) : ICustomerDirectory
{
    public Task<CustomerSummary?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        FirstAsync(c => c.Id == id, cancellationToken);

    public Task<CustomerSummary?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
        phones.TryNormalize(phone, out var e164)
            ? FirstAsync(c => c.Phone == e164, cancellationToken)
            : Task.FromResult<CustomerSummary?>(null);

    public Task<CustomerSummary?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken = default)
    {
        var card = CustomerValidator.NormalizeCardNumber(cardNumber);
        return card.Length == 0 ? Task.FromResult<CustomerSummary?>(null) : FirstAsync(c => c.CardNumber == card, cancellationToken);
    }

    public Task<CustomerSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return normalized.Length == 0 ? Task.FromResult<CustomerSummary?>(null) : FirstAsync(c => c.EmailNormalized == normalized, cancellationToken);
    }

    public Task<CustomerSummary?> FindByExternalIdAsync(string system, string value, CancellationToken cancellationToken = default)
    {
        var normalizedSystem = system.Trim().ToLowerInvariant();
        var trimmed = value.Trim();
        return FirstAsync(c => c.ExternalIds.Any(x => x.System == normalizedSystem && x.Value == trimmed), cancellationToken);
    }

    private async Task<CustomerSummary?> FirstAsync(System.Linq.Expressions.Expression<Func<Customer, bool>> predicate, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Set<Customer>().AsNoTracking().Include(c => c.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(predicate, cancellationToken);
        return customer is null ? null : CustomerMapping.ToSummary(customer);
    }
}
