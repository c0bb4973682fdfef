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

    /// <summary>
    /// Creates a person from a phone and optional names (till enrolment, P1) and returns the new id. A phone
    /// another customer has is a 409 RuleViolation naming "phone" with <c>existingCustomerId</c>, as in the API.
    /// </summary>
    Task<Guid> EnrolAsync(string phone, string? firstName, string? lastName, CancellationToken cancellationToken = default);
}
