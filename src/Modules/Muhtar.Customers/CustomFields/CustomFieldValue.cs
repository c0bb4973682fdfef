using System.Globalization;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// A parsed, valid value of one custom field: exactly the member its type uses is set
/// (<see cref="Choices"/> holds the one option of a choice field, or every option of a multi-choice one).
/// </summary>
internal sealed record CustomFieldValue
{
    public string? Text { get; init; }

    public double? Number { get; init; }

    public DateOnly? Date { get; init; }

    public bool? Flag { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The value as the API's JSON shows it: string, number, "yyyy-MM-dd", bool, or a list of options.</summary>
    public object? ToJson(CustomFieldType type) => type switch
    {
        CustomFieldType.Text => Text,
        CustomFieldType.Number => Number,
        CustomFieldType.Date => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CustomFieldType.YesNo => Flag,
        CustomFieldType.Choice => Choices.FirstOrDefault(),
        _ => Choices,
    };

    /// <summary>The value for the audit trail and plain-text display (culture-neutral: 1234.5, 2024-05-17, true).</summary>
    public string AuditText(CustomFieldType type) => type switch
    {
        CustomFieldType.Number => Number?.ToString("R", CultureInfo.InvariantCulture) ?? "",
        CustomFieldType.Date => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        CustomFieldType.YesNo => Flag == true ? "true" : "false",
        CustomFieldType.Text => Text ?? "",
        _ => string.Join(", ", Choices),
    };

    /// <summary>The stored rows of this value for one customer.</summary>
    public IEnumerable<CustomerCustomValue> ToRows(Guid customerId, Guid fieldId, CustomFieldType type) => type switch
    {
        CustomFieldType.Choice or CustomFieldType.MultiChoice => Choices.Select(c => new CustomerCustomValue(customerId, fieldId, c, null, null, null)),
        _ => [new CustomerCustomValue(customerId, fieldId, Text, Number, Date, Flag)],
    };

    /// <summary>The value the stored rows of one customer and field hold.</summary>
    public static CustomFieldValue FromRows(CustomFieldDefinition field, IEnumerable<CustomerCustomValue> rows)
    {
        var list = rows.ToList();
        return field.Type switch
        {
            CustomFieldType.Choice or CustomFieldType.MultiChoice => new()
            {
                // In the order the field offers its options; an option since removed from the field goes last.
                Choices = list.Select(r => r.Text!).OrderBy(c => IndexOf(field, c)).ThenBy(c => c, StringComparer.Ordinal).ToList(),
            },
            _ => new() { Text = list[0].Text, Number = list[0].Number, Date = list[0].Date, Flag = list[0].Flag },
        };
    }

    private static int IndexOf(CustomFieldDefinition field, string option)
    {
        var index = field.Options.IndexOf(option);
        return index < 0 ? int.MaxValue : index;
    }
}
