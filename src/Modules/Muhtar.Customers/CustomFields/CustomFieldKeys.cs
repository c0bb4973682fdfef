using System.Text;
using System.Text.RegularExpressions;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.CustomFields;

/// <summary>Keys are lower-case ASCII slugs ("ayakkabi_no") so they are safe in JSON, query strings and CSV headers.</summary>
internal static partial class CustomFieldKeys
{
    public static bool IsValid(string key) => key.Length <= CustomFieldDefinition.MaxKeyLength && Pattern().IsMatch(key);

    /// <summary>"Ayakkabı No." → "ayakkabi_no"; a label without letters gives "alan".</summary>
    public static string FromLabel(string label)
    {
        var builder = new StringBuilder();
        foreach (var word in TurkishText.Fold(label).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ascii = new string(word.Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).ToArray());
            if (ascii.Length > 0)
            {
                builder.Append(builder.Length > 0 ? "_" : "").Append(ascii);
            }
        }

        var key = builder.ToString();
        if (key.Length == 0 || !char.IsAsciiLetterLower(key[0]))
        {
            key = "alan_" + key;
        }

        return key.Length <= CustomFieldDefinition.MaxKeyLength ? key.TrimEnd('_') : key[..CustomFieldDefinition.MaxKeyLength].TrimEnd('_');
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
