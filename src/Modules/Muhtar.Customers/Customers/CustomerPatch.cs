using System.Text.Json;

namespace Muhtar.Customers.Customers;

/// <summary>
/// A partial update: only the members that are set change. Tags replace the whole list; external ids
/// merge per system (a null id removes that system).
/// </summary>
internal sealed record CustomerPatch
{
    public Optional<string?> Kind { get; init; }

    public Optional<string?> FirstName { get; init; }

    public Optional<string?> LastName { get; init; }

    public Optional<string?> CompanyName { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> Gender { get; init; }

    public Optional<DateOnly?> BirthDate { get; init; }

    public Optional<string?> CardNumber { get; init; }

    public Optional<Guid?> ParentCompanyId { get; init; }

    public Optional<IReadOnlyList<string>?> Tags { get; init; }

    public IReadOnlyDictionary<string, string?> ExternalIds { get; init; } = new Dictionary<string, string?>();

    /// <summary>Custom field key → new value; a JSON null removes that value. Absent keys stay as they are.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Set by <c>"externalIds": null</c>: drop every external id before merging.</summary>
    public bool ClearExternalIds { get; init; }

    /// <summary>The full request the customer would have after this patch.</summary>
    public CustomerRequest ApplyTo(CustomerRequest current)
    {
        var externalIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!ClearExternalIds)
        {
            foreach (var (system, value) in current.ExternalIds ?? new Dictionary<string, string>())
            {
                externalIds[system] = value;
            }
        }

        foreach (var (system, value) in ExternalIds)
        {
            if (value is null)
            {
                externalIds.Remove(system.Trim());
            }
            else
            {
                externalIds[system.Trim()] = value;
            }
        }

        return new CustomerRequest(
            Kind.Or(current.Kind),
            FirstName.Or(current.FirstName),
            LastName.Or(current.LastName),
            CompanyName.Or(current.CompanyName),
            Phone.Or(current.Phone),
            Email.Or(current.Email),
            Gender.Or(current.Gender),
            BirthDate.Or(current.BirthDate),
            CardNumber.Or(current.CardNumber),
            externalIds,
            Tags.IsSet ? Tags.Value ?? [] : current.Tags,
            ParentCompanyId.Or(current.ParentCompanyId));
    }
}
