using Muhtar.Abstractions.Consent;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Import;

/// <summary>
/// What a column can be imported into, and the guess made from its header (Turkish and English).
/// Targets are strings so new kinds plug in without changing the mapping's shape: built-in fields
/// ("phone"), "externalId:{system}", "consent:{channel}", and "custom:{key}" for custom fields.
/// </summary>
internal static class ImportTargets
{
    public const string Ignore = "";
    public const string Kind = "kind";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string FullName = "fullName";
    public const string CompanyName = "companyName";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Gender = "gender";
    public const string BirthDate = "birthDate";
    public const string CardNumber = "cardNumber";
    public const string Tags = "tags";
    public const string ExternalIdPrefix = "externalId:";
    public const string ConsentPrefix = "consent:";
    public const string CustomPrefix = "custom:";

    public static readonly IReadOnlyList<string> Fields =
        [FirstName, LastName, FullName, CompanyName, Kind, Phone, Email, Gender, BirthDate, CardNumber, Tags];

    public static readonly IReadOnlyDictionary<string, ConsentChannel> ConsentChannels = new Dictionary<string, ConsentChannel>(StringComparer.Ordinal)
    {
        ["sms"] = ConsentChannel.Sms,
        ["call"] = ConsentChannel.Call,
        ["email"] = ConsentChannel.Email,
        ["whatsapp"] = ConsentChannel.WhatsApp,
    };

    /// <summary>The external-id systems offered in the page's list (the API accepts any valid system name).</summary>
    public static readonly IReadOnlyList<string> SuggestedSystems = ["pos", "eshop", "erp"];

    private static readonly Dictionary<string, string> Suggestions = Build(new()
    {
        [FirstName] = ["ad", "adı", "isim", "first name", "firstname", "given name"],
        [LastName] = ["soyad", "soyadı", "soyisim", "last name", "lastname", "surname", "family name"],
        [FullName] = ["ad soyad", "adı soyadı", "isim soyisim", "ad soyadı", "müşteri", "müşteri adı", "full name", "name", "customer", "customer name"],
        [CompanyName] = ["firma", "firma adı", "şirket", "şirket adı", "unvan", "ünvan", "kurum", "company", "company name", "organization", "organisation"],
        [Kind] = ["tür", "tip", "müşteri tipi", "kind", "type", "customer type"],
        [Phone] = ["telefon", "tel", "cep", "cep telefonu", "cep tel", "gsm", "telefon no", "telefon numarası", "phone", "mobile", "mobile phone", "phone number", "cell"],
        [Email] = ["e-posta", "eposta", "e-mail", "email", "mail", "e-posta adresi", "email address"],
        [Gender] = ["cinsiyet", "gender", "sex"],
        [BirthDate] = ["doğum tarihi", "doğum", "birth date", "birthdate", "date of birth", "dob", "birthday"],
        [CardNumber] = ["kart no", "kart numarası", "kart", "sadakat kartı", "müşteri kartı", "card", "card no", "card number", "loyalty card"],
        [Tags] = ["etiket", "etiketler", "tag", "tags", "labels"],
        [ConsentPrefix + "sms"] = ["sms izni", "sms onayı", "sms onay", "sms", "sms consent"],
        [ConsentPrefix + "call"] = ["arama izni", "arama onayı", "arama", "call consent", "phone consent"],
        [ConsentPrefix + "email"] = ["e-posta izni", "eposta izni", "e-posta onayı", "email izni", "email consent", "e-mail consent"],
        [ConsentPrefix + "whatsapp"] = ["whatsapp izni", "whatsapp onayı", "whatsapp", "whatsapp consent"],
        [ExternalIdPrefix + "erp"] = ["müşteri kodu", "cari kod", "cari kodu", "erp kodu", "customer code", "customer id", "erp id"],
    });

    /// <summary>The target a header most likely means, or <see cref="Ignore"/>.</summary>
    public static string Suggest(string header) => Suggestions.GetValueOrDefault(Key(header), Ignore);

    /// <summary>Suggests a target per column; a target already taken by an earlier column is not suggested twice.</summary>
    public static IReadOnlyList<string> SuggestAll(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return headers.Select(h => Suggest(h) is { Length: > 0 } target && taken.Add(target) ? target : Ignore).ToList();
    }

    private static string Key(string header) => TurkishText.Fold(header).Replace(" ", "", StringComparison.Ordinal);

    private static Dictionary<string, string> Build(Dictionary<string, string[]> names)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (target, headers) in names)
        {
            foreach (var header in headers)
            {
                result.TryAdd(Key(header), target);
            }
        }

        return result;
    }
}
