using System.Globalization;
using System.Text;

namespace Muhtar.Abstractions.Customers;

/// <summary>
/// How a message addresses a customer in Turkish: "Ahmet Bey" / "Ayşe Hanım" from the first name and gender,
/// the full name when the gender is unknown, the company name for a company. Names typed all in capitals or
/// all in small letters are written properly with Turkish casing ("İSMAİL" → "İsmail", "ışıl" → "Işıl");
/// names with deliberate mixed casing ("McLaren", "DeNiro") are left as typed. Shared by message templates
/// and the till's lookup, so a customer is addressed the same way everywhere.
/// </summary>
public static class Salutation
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public static string For(CustomerSummary customer)
    {
        if (customer.Kind == "company")
        {
            return Clean(customer.CompanyName) ?? Clean(customer.DisplayName) ?? "";
        }

        var first = Name(customer.FirstName);
        var last = Name(customer.LastName);
        var title = customer.Gender switch
        {
            "male" => "Bey",
            "female" => "Hanım",
            _ => null,
        };
        if (title is not null && first is not null)
        {
            return first + " " + title;
        }

        return string.Join(" ", new[] { first, last }.Where(n => n is not null));
    }

    /// <summary>A name with each word in Turkish title case when it was typed in one case only.</summary>
    public static string? Name(string? name)
    {
        var cleaned = Clean(name);
        if (cleaned is null)
        {
            return null;
        }

        var builder = new StringBuilder(cleaned.Length);
        var word = new StringBuilder();
        foreach (var c in cleaned)
        {
            if (char.IsLetter(c) || c == '\'' || c == '’')
            {
                word.Append(c);
                continue;
            }

            builder.Append(TitleCase(word.ToString())).Append(c);
            word.Clear();
        }

        return builder.Append(TitleCase(word.ToString())).ToString();
    }

    private static string TitleCase(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var upper = word.ToUpper(Turkish);
        var lower = word.ToLower(Turkish);
        if (word != upper && word != lower && word != upper[..1] + lower[1..])
        {
            return word;
        }

        // The part after an apostrophe is a suffix and stays small ("AHMET'İN" → "Ahmet'in").
        return upper[..1] + lower[1..];
    }

    private static string? Clean(string? text)
    {
        var trimmed = string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return trimmed.Length == 0 ? null : trimmed;
    }
}
