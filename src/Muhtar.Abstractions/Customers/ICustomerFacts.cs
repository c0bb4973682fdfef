namespace Muhtar.Abstractions.Customers;

/// <summary>
/// What rules need to know about the current business's customers (automation conditions and date
/// triggers): one customer with its custom-field values, and every customer's value of a date field.
/// </summary>
public interface ICustomerFacts
{
    /// <summary>The customer and its custom-field values as text ("2026-05-01", "12.5", "true", "a, b"); null when unknown.</summary>
    Task<CustomerFacts?> GetAsync(Guid customerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Active (not archived) customers that have a value in the date field "birthDate" or "cf.&lt;key&gt;" of
    /// a date custom field; an unknown field is a RuleViolation naming "field".
    /// </summary>
    Task<IReadOnlyList<CustomerDateValue>> ListDatesAsync(string field, CancellationToken cancellationToken = default);

    /// <summary>Ids of every active customer, for schedule rules that walk the whole list.</summary>
    Task<IReadOnlyList<Guid>> ListActiveIdsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A customer as <see cref="ICustomerFacts"/> reads it: key (without "cf.") → text value.</summary>
public sealed record CustomerFacts(CustomerSummary Customer, IReadOnlyDictionary<string, string> CustomFields);

public sealed record CustomerDateValue(Guid CustomerId, DateOnly Date);
