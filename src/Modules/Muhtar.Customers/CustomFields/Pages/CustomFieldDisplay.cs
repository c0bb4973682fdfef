using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Muhtar.Customers.CustomFields.Pages;

/// <summary>A custom-field value as the pages show it, in the reader's culture ("1.234,5", "17.05.2024", "Evet").</summary>
internal static class CustomFieldDisplay
{
    public static string Text(CustomFieldDefinition field, object? value, IStringLocalizer<CustomFieldsResource> text) => value switch
    {
        null => "—",
        double number => number.ToString("#,0.##########", CultureInfo.CurrentCulture),
        bool flag => flag ? text["Settings.Yes"] : text["Settings.No"],
        string date when field.Type == CustomFieldType.Date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
            day.ToString("d", CultureInfo.CurrentCulture),
        IEnumerable<string> options => string.Join(", ", options),
        _ => value.ToString() ?? "—",
    };
}
