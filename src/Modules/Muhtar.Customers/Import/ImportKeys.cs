using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Import;

/// <summary>One string per identity key, so a row and a stored customer are matched by plain lookups.</summary>
internal static class ImportKeys
{
    public static string Phone(string e164) => "p:" + e164;

    public static string Email(string email) => "e:" + email.ToLowerInvariant();

    public static string Card(string normalized) => "c:" + normalized;

    public static string External(string system, string value) => "x:" + system + "\u001f" + value;

    public static IEnumerable<string> Of(Customer customer)
    {
        if (customer.Phone is { } phone)
        {
            yield return Phone(phone);
        }

        if (customer.EmailNormalized is { } email)
        {
            yield return Email(email);
        }

        if (customer.CardNumber is { } card)
        {
            yield return Card(card);
        }

        foreach (var external in customer.ExternalIds)
        {
            yield return External(external.System, external.Value);
        }
    }

    /// <summary>Which field a key belongs to, for the conflict message.</summary>
    public static string FieldOf(string key) => key[0] switch
    {
        'p' => "phone",
        'e' => "email",
        'c' => "cardNumber",
        _ => "externalIds",
    };
}
