using System.Globalization;
using System.Text;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Import;

/// <summary>Cleansing of imported values beyond trimming: Turkish casing of names and reading dates and yes/no.</summary>
internal static class ImportCleansing
{
    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "yyyy-M-d",
        "yyyy.MM.dd", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    /// <summary>
    /// A name written all in capitals or all in small letters gets Turkish title case (AHMET YILMAZ → Ahmet
    /// Yılmaz, İSMAİL → İsmail, IŞIK → Işık, ayşe-nur → Ayşe-Nur); a name with mixed case is left as typed,
    /// since "McDonald" or "de Souza" are deliberate.
    /// </summary>
    public static string NameCase(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || (!letters.All(char.IsUpper) && !letters.All(char.IsLower)))
        {
            return name;
        }

        var lower = name.ToLower(TurkishText.Turkish);
        var builder = new StringBuilder(lower.Length);
        var startOfWord = true;
        foreach (var c in lower)
        {
            builder.Append(startOfWord && char.IsLetter(c) ? char.ToUpper(c, TurkishText.Turkish) : c);
            startOfWord = c is ' ' or '-' or '(' or '.';
        }

        return builder.ToString();
    }

    /// <summary>Days as Turkish files write them (31.12.1990, 31/12/1990) or ISO (1990-12-31).</summary>
    public static DateOnly? ParseDate(string value)
    {
        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return DateOnly.FromDateTime(date);
        }

        return null;
    }

    public static string? Gender(string value) => Key(value) switch
    {
        "kadin" or "k" or "bayan" or "kiz" or "female" or "f" or "woman" or "w" => "female",
        "erkek" or "e" or "bay" or "male" or "m" or "man" => "male",
        _ => value,
    };

    public static string Kind(string value) => Key(value) switch
    {
        "kisi" or "sahis" or "bireysel" or "gercek kisi" or "person" or "individual" => "person",
        "firma" or "sirket" or "kurum" or "kurumsal" or "tuzel kisi" or "company" or "business" or "organization" => "company",
        _ => value,
    };

    /// <summary>ONAY/RET as the İYS writes them, and the usual yes/no words; null when the value means neither.</summary>
    public static bool? Consent(string value) => Key(value) switch
    {
        "onay" or "onayli" or "evet" or "e" or "var" or "izinli" or "izin var" or "yes" or "y" or "true" or "1" or "x" or "opt in" => true,
        "ret" or "red" or "hayir" or "h" or "yok" or "izinsiz" or "izin yok" or "no" or "n" or "false" or "0" or "opt out" => false,
        _ => null,
    };

    public static IReadOnlyList<string> SplitTags(string value) =>
        value.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Key(string value) => TurkishText.Fold(value);
}
