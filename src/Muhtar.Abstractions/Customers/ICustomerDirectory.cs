namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Read-only lookups of the current business's customers for other modules (the till asks
/// "who is +90532…/card 1234?"). Always scoped to the current tenant; unknown or foreign ids give null.
/// </summary>
public interface ICustomerDirectory
{
    Task<CustomerSummary?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Finds by phone written in any form; an unparseable phone finds nobody.</summary>
    Task<CustomerSummary?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    Task<CustomerSummary?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken = default);

    Task<CustomerSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<CustomerSummary?> FindByExternalIdAsync(string system, string value, CancellationToken cancellationToken = default);
}
