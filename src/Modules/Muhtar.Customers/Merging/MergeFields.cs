using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Merging;

/// <summary>The customer fields a person picks per merge, and how each is read from and written to a request.</summary>
internal static class MergeFields
{
    public static readonly IReadOnlyList<string> All =
        ["firstName", "lastName", "companyName", "phone", "email", "gender", "birthDate", "cardNumber"];

    /// <summary>The survivor's values with <paramref name="field"/> taken from <paramref name="source"/>.</summary>
    public static CustomerRequest Take(CustomerRequest survivor, string field, CustomerRequest source) => field switch
    {
        "firstName" => survivor with { FirstName = source.FirstName },
        "lastName" => survivor with { LastName = source.LastName },
        "companyName" => survivor with { CompanyName = source.CompanyName },
        "phone" => survivor with { Phone = source.Phone },
        "email" => survivor with { Email = source.Email },
        "gender" => survivor with { Gender = source.Gender },
        "birthDate" => survivor with { BirthDate = source.BirthDate },
        "cardNumber" => survivor with { CardNumber = source.CardNumber },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field's value as text, for the merge screen and preview.</summary>
    public static string? Value(CustomerRequest customer, string field) => field switch
    {
        "firstName" => customer.FirstName,
        "lastName" => customer.LastName,
        "companyName" => customer.CompanyName,
        "phone" => customer.Phone,
        "email" => customer.Email,
        "gender" => customer.Gender,
        "birthDate" => customer.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "cardNumber" => customer.CardNumber,
        _ => null,
    };

    /// <summary>The field's value on a customer as the API shows it.</summary>
    public static string? Value(CustomerResponse c, string field) =>
        Value(new CustomerRequest(c.Kind, c.FirstName, c.LastName, c.CompanyName, c.Phone, c.Email, c.Gender, c.BirthDate, c.CardNumber), field);
}
