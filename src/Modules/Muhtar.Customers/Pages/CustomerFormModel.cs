using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Pages;

/// <summary>What the customer form edits; tags as one comma-separated line.</summary>
internal sealed class CustomerFormModel
{
    public string Kind { get; set; } = "person";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string Gender { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    public string? CardNumber { get; set; }

    public string? Tags { get; set; }

    public Guid? ParentCompanyId { get; set; }

    public bool IsCompany => Kind == "company";

    public static CustomerFormModel From(CustomerResponse c, Func<string, string> formatPhone) => new()
    {
        Kind = c.Kind,
        FirstName = c.FirstName,
        LastName = c.LastName,
        CompanyName = c.CompanyName,
        Phone = c.Phone is null ? null : formatPhone(c.Phone),
        Email = c.Email,
        Gender = c.Gender ?? "",
        BirthDate = c.BirthDate,
        CardNumber = c.CardNumber,
        Tags = string.Join(", ", c.Tags),
        ParentCompanyId = c.ParentCompanyId,
    };

    public CustomerRequest ToRequest() => new(
        Kind,
        FirstName,
        LastName,
        CompanyName,
        Phone,
        Email,
        Gender.Length == 0 ? null : Gender,
        BirthDate,
        CardNumber,
        null,
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        IsCompany ? null : ParentCompanyId);

    /// <summary>Every field the form shows, set; what the form does not show (external ids) stays as it is.</summary>
    public CustomerPatch ToPatch()
    {
        var r = ToRequest();
        return new CustomerPatch
        {
            Kind = Optional<string?>.Of(r.Kind),
            FirstName = Optional<string?>.Of(r.FirstName),
            LastName = Optional<string?>.Of(r.LastName),
            CompanyName = Optional<string?>.Of(r.CompanyName),
            Phone = Optional<string?>.Of(r.Phone),
            Email = Optional<string?>.Of(r.Email),
            Gender = Optional<string?>.Of(r.Gender),
            BirthDate = Optional<DateOnly?>.Of(r.BirthDate),
            CardNumber = Optional<string?>.Of(r.CardNumber),
            Tags = Optional<IReadOnlyList<string>?>.Of(r.Tags),
            ParentCompanyId = Optional<Guid?>.Of(r.ParentCompanyId),
        };
    }
}
