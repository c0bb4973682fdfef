using Muhtar.Abstractions.Consent;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;

namespace Muhtar.Customers.Import;

/// <summary>
/// One file row read through the mapping: the values it gives (null = not given), its identity keys
/// (normalised phone, e-mail, card, external ids, in matching order) consent decisions and custom-field values (by key); or the first
/// error that makes it unusable whatever it matches.
/// </summary>
internal sealed record ParsedRow(
    CustomerRequest Values,
    IReadOnlyList<string> Keys,
    IReadOnlyList<(ConsentChannel Channel, ConsentStatus Status)> Consents,
    FieldError? Error,
    IReadOnlyDictionary<string, CustomFieldValue?>? CustomValues = null)
{
    /// <summary>The values for a new customer: a person unless the row only names a company (or says otherwise).</summary>
    public CustomerRequest ForCreate()
    {
        var kind = Values.Kind ?? (Values.FirstName is null && Values.LastName is null && Values.CompanyName is not null ? "company" : "person");
        return Values with { Kind = kind };
    }

    /// <summary>The existing customer's values with the row's given ones on top; tags and external ids are added.</summary>
    public CustomerRequest MergeInto(CustomerRequest existing)
    {
        var tags = (existing.Tags ?? []).Concat(Values.Tags ?? []).ToList();
        var externalIds = new Dictionary<string, string>(existing.ExternalIds ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (system, value) in Values.ExternalIds ?? new Dictionary<string, string>())
        {
            externalIds[system] = value;
        }

        return existing with
        {
            Kind = Values.Kind ?? existing.Kind,
            FirstName = Values.FirstName ?? existing.FirstName,
            LastName = Values.LastName ?? existing.LastName,
            CompanyName = Values.CompanyName ?? existing.CompanyName,
            Phone = Values.Phone ?? existing.Phone,
            Email = Values.Email ?? existing.Email,
            Gender = Values.Gender ?? existing.Gender,
            BirthDate = Values.BirthDate ?? existing.BirthDate,
            CardNumber = Values.CardNumber ?? existing.CardNumber,
            Tags = tags,
            ExternalIds = externalIds,
        };
    }
}
