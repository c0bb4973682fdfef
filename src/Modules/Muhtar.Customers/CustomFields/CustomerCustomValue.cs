using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// One value of one custom field on one customer, in the typed column its field's type uses, so filters
/// compare numbers as numbers and dates as dates on SQLite and PostgreSQL alike. A multi-choice field
/// has one row per chosen option, so "has option X" is an indexed equality, not a search inside a list.
/// </summary>
internal sealed class CustomerCustomValue : ITenantScoped
{
    public const int MaxTextLength = 500;

    private CustomerCustomValue()
    {
    }

    public CustomerCustomValue(Guid customerId, Guid fieldId, string? text, double? number, DateOnly? date, bool? flag)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        FieldId = fieldId;
        Text = text;
        Folded = text is null ? null : Fold(text);
        Number = number;
        Date = date;
        Flag = flag;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid FieldId { get; private set; }

    /// <summary>A text value or a chosen option, as written.</summary>
    public string? Text { get; private set; }

    /// <summary><see cref="Text"/> folded (Turkish casing, no diacritics), for equals and contains filters.</summary>
    public string? Folded { get; private set; }

    public double? Number { get; private set; }

    public DateOnly? Date { get; private set; }

    public bool? Flag { get; private set; }

    /// <summary>Folded for matching; longer texts keep their beginning (the column is bounded).</summary>
    public static string Fold(string text)
    {
        var folded = Muhtar.Platform.Text.TurkishText.Fold(text);
        return folded.Length <= MaxTextLength ? folded : folded[..MaxTextLength];
    }
}
