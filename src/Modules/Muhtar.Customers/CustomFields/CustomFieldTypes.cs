namespace Muhtar.Customers.CustomFields;

/// <summary>The API names of <see cref="CustomFieldType"/>: text, number, date, choice, multiChoice, yesNo.</summary>
internal static class CustomFieldTypes
{
    private static readonly Dictionary<string, CustomFieldType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = CustomFieldType.Text,
        ["number"] = CustomFieldType.Number,
        ["date"] = CustomFieldType.Date,
        ["choice"] = CustomFieldType.Choice,
        ["multiChoice"] = CustomFieldType.MultiChoice,
        ["yesNo"] = CustomFieldType.YesNo,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static string Name(CustomFieldType type) => ByName.First(p => p.Value == type).Key;

    public static bool TryParse(string? name, out CustomFieldType type) => ByName.TryGetValue(name?.Trim() ?? "", out type);

    public static bool HasOptions(CustomFieldType type) => type is CustomFieldType.Choice or CustomFieldType.MultiChoice;
}
