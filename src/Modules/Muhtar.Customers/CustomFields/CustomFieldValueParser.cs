using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// Turns what a person or a file wrote into a valid <see cref="CustomFieldValue"/> of a field, or a message
/// saying why not. Used by the customer form, the API and the import (one cell at a time).
/// <list type="bullet">
/// <item>number: the given culture's notation first, then invariant, then Turkish: "1.234,5", "1234,5",
/// "1234.5" and "1,234.5" all read 1234.5; an ambiguous "1.234" is 1234 when the culture is Turkish and
/// 1.234 when it is invariant.</item>
/// <item>date: dd.MM.yyyy (also d.M.yyyy and dd/MM/yyyy) or ISO yyyy-MM-dd.</item>
/// <item>yes/no: evet/hayır, e/h, var/yok, yes/no, true/false, 1/0 (any casing).</item>
/// <item>choice: one of the field's options, compared with Turkish folding ("İSTANBUL" picks "İstanbul");
/// multi-choice: options separated by ";" "," or "|".</item>
/// </list>
/// A blank text parses to no value (null); whether the field may be empty is the caller's rule.
/// </summary>
internal sealed partial class CustomFieldValueParser(IStringLocalizer<CustomFieldsResource> text)
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal) { "evet", "e", "var", "yes", "y", "true", "1", "x" };
    private static readonly HashSet<string> No = new(StringComparer.Ordinal) { "hayir", "h", "yok", "no", "n", "false", "0" };

    /// <summary>Parses a text cell or form input; false with a message in the current UI language when it does not fit the field.</summary>
    public bool TryParse(CustomFieldDefinition field, string? input, CultureInfo culture, out CustomFieldValue? value, out string? error)
    {
        value = null;
        error = null;
        var trimmed = input?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        switch (field.Type)
        {
            case CustomFieldType.Text when trimmed.Length > CustomerCustomValue.MaxTextLength:
                error = text["Value.TooLong", CustomerCustomValue.MaxTextLength];
                return false;
            case CustomFieldType.Text:
                value = new() { Text = trimmed };
                return true;
            case CustomFieldType.Number when TryNumber(trimmed, culture, out var number):
                value = new() { Number = number };
                return true;
            case CustomFieldType.Number:
                error = text["Value.NotNumber", trimmed];
                return false;
            case CustomFieldType.Date when DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = new() { Date = date };
                return true;
            case CustomFieldType.Date:
                error = text["Value.NotDate", trimmed];
                return false;
            case CustomFieldType.YesNo:
                var folded = TurkishText.Fold(trimmed);
                if (Yes.Contains(folded) || No.Contains(folded))
                {
                    value = new() { Flag = Yes.Contains(folded) };
                    return true;
                }

                error = text["Value.NotYesNo", trimmed];
                return false;
            default:
                var parts = field.Type == CustomFieldType.MultiChoice && Option(field, trimmed) is null
                    ? trimmed.Split([';', ',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    : [trimmed];
                return TryChoices(field, parts, out value, out error);
        }
    }

    /// <summary>
    /// Reads one member of the API's <c>customFields</c> object: native JSON (number, true/false, "yyyy-MM-dd",
    /// an array of options) or any text <see cref="TryParse"/> accepts (read invariant first). JSON null is no value.
    /// </summary>
    public bool TryRead(CustomFieldDefinition field, JsonElement json, out CustomFieldValue? value, out string? error)
    {
        value = null;
        error = null;
        switch (json.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return true;
            case JsonValueKind.String:
                return TryParse(field, json.GetString(), CultureInfo.InvariantCulture, out value, out error);
            case JsonValueKind.Number when field.Type == CustomFieldType.Number && json.TryGetDouble(out var number) && double.IsFinite(number):
                value = new() { Number = number };
                return true;
            case JsonValueKind.Number when field.Type == CustomFieldType.Text:
                return TryParse(field, json.GetRawText(), CultureInfo.InvariantCulture, out value, out error);
            case JsonValueKind.True or JsonValueKind.False when field.Type == CustomFieldType.YesNo:
                value = new() { Flag = json.ValueKind == JsonValueKind.True };
                return true;
            case JsonValueKind.Array when CustomFieldTypes.HasOptions(field.Type) && json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                var parts = json.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(p => p.Length > 0).ToList();
                if (field.Type == CustomFieldType.Choice && parts.Count > 1)
                {
                    error = text["Value.OneChoice"];
                    return false;
                }

                return TryChoices(field, parts, out value, out error);
            default:
                error = text["Value.WrongJson", CustomFieldTypes.Name(field.Type)];
                return false;
        }
    }

    /// <summary>A number in the given culture's notation, else invariant, else Turkish; never a thousands-separator guess.</summary>
    public static bool TryNumber(string input, CultureInfo culture, out double number)
    {
        var compact = input.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        foreach (var format in new[] { culture.NumberFormat, NumberFormatInfo.InvariantInfo, TurkishText.Turkish.NumberFormat })
        {
            if (Matches(compact, format) && double.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, format, out number)
                && double.IsFinite(number))
            {
                return true;
            }
        }

        number = 0;
        return false;
    }

    // Digits with an optional decimal part, and thousands groups only in threes: "1.234,5" but not "12.34,5".
    private static bool Matches(string input, NumberFormatInfo format)
    {
        var group = Regex.Escape(format.NumberGroupSeparator);
        var point = Regex.Escape(format.NumberDecimalSeparator);
        return Regex.IsMatch(input, $@"^[-+]?(\d+|\d{{1,3}}({group}\d{{3}})+)({point}\d+)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string? Option(CustomFieldDefinition field, string input)
    {
        var folded = TurkishText.Fold(input);
        return field.Options.FirstOrDefault(o => TurkishText.Fold(o) == folded);
    }

    private bool TryChoices(CustomFieldDefinition field, IReadOnlyList<string> parts, out CustomFieldValue? value, out string? error)
    {
        value = null;
        error = null;
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            if (Option(field, part) is not { } option)
            {
                error = text["Value.NotAnOption", part, string.Join(", ", field.Options)];
                return false;
            }

            if (!chosen.Contains(option))
            {
                chosen.Add(option);
            }
        }

        value = chosen.Count == 0 ? null : new() { Choices = chosen.OrderBy(field.Options.IndexOf).ToList() };
        return true;
    }
}
