namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Small writes other modules make to a customer of the current business (automation actions). Each is
/// audited and publishes the usual events; setting what is already set changes nothing.
/// </summary>
public interface ICustomerEditor
{
    Task AddTagAsync(Guid customerId, string tag, CancellationToken cancellationToken = default);

    Task RemoveTagAsync(Guid customerId, string tag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a standard field ("email", "gender", "birthDate", ...) or a custom field ("cf.&lt;key&gt;") from its
    /// text form; a bad value is a RuleViolation naming the field.
    /// </summary>
    Task SetFieldAsync(Guid customerId, string field, string? value, CancellationToken cancellationToken = default);
}
