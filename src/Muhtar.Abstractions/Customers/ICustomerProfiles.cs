namespace Muhtar.Abstractions.Customers;

/// <summary>
/// What other modules read to personalise a message or pick a customer in their own pages (message template
/// preview): a name/phone/e-mail/card search and a customer's custom-field values. Scoped to the current business.
/// </summary>
public interface ICustomerProfiles
{
    /// <summary>Active customers matching a search box entry as the customer list reads it, in name order; empty for a blank entry.</summary>
    Task<IReadOnlyList<CustomerSummary>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The values of the customer's active custom fields by key, as the API shows them (string, double,
    /// "yyyy-MM-dd", bool, or a list of options); empty for an unknown or foreign customer.
    /// </summary>
    Task<IReadOnlyDictionary<string, object?>> GetCustomFieldsAsync(Guid customerId, CancellationToken cancellationToken = default);
}
