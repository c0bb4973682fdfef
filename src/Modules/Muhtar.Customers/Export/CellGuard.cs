using System.Text.RegularExpressions;

namespace Muhtar.Customers.Export;

/// <summary>
/// CSV/formula injection (OWASP): a cell that starts with = + - @ (or a tab or carriage return) is run as a
/// formula by Excel and LibreOffice, so it gets a leading apostrophe, which they show as text. Plain numbers
/// such as an E.164 phone (+905321234567) or -5 cannot run anything and stay as they are.
/// </summary>
internal static partial class CellGuard
{
    public static string Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') || PlainNumber().IsMatch(value))
        {
            return value ?? "";
        }

        return "'" + value;
    }

    /// <summary>Undoes <see cref="Neutralize"/> when a file we wrote comes back in an import.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    [GeneratedRegex(@"^[+-]?[0-9]+([.,][0-9]+)?$")]
    private static partial Regex PlainNumber();
}
