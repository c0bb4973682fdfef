using System.Globalization;
using Muhtar.Abstractions.Consent;
using Muhtar.Consent.Ledger;

namespace Muhtar.Consent.Iys;

/// <summary>
/// A ledger line in the registry's field layout: recipient (+905XXXXXXXXX or e-mail), recipientType
/// BIREYSEL/TACIR, type MESAJ/ARAMA/EPOSTA, status ONAY/RET, source HS_*, consentDate
/// "yyyy-MM-dd HH:mm:ss" in Turkish time.
/// </summary>
internal sealed record IysRow(string Recipient, string RecipientType, string Type, string Status, string Source, string ConsentDate)
{
    public static readonly string[] Header = ["recipient", "recipientType", "type", "status", "source", "consentDate"];

    public static IysRow From(ConsentRecord r) => new(
        r.Recipient ?? "",
        r.IsCompany ? "TACIR" : "BIREYSEL",
        TypeOf(r.Channel),
        r.Status == ConsentStatus.Approved ? "ONAY" : "RET",
        SourceOf(r.Source, r.Channel),
        TurkishBusinessCalendar.LocalTime(r.DecidedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    public string[] Values() => [Recipient, RecipientType, Type, Status, Source, ConsentDate];

    /// <summary>SMS and WhatsApp are both "messages" to the registry.</summary>
    public static string TypeOf(ConsentChannel channel) => channel switch
    {
        ConsentChannel.Call => "ARAMA",
        ConsentChannel.Email => "EPOSTA",
        _ => "MESAJ",
    };

    /// <summary>
    /// Our sources in the registry's words (izin kaynağı). A shop counter is a physical place
    /// (HS_FIZIKSEL_ORTAM); imports and API calls come from other electronic systems (HS_EORTAM); a reply
    /// arrives on the channel it is about (HS_MESAJ, HS_EPOSTA, or the call centre for calls).
    /// </summary>
    public static string SourceOf(ConsentSource source, ConsentChannel channel) => source switch
    {
        ConsentSource.WebForm => "HS_WEB",
        ConsentSource.Shop => "HS_FIZIKSEL_ORTAM",
        ConsentSource.WetSignature => "HS_ISLAK_IMZA",
        ConsentSource.Reply => channel switch
        {
            ConsentChannel.Email => "HS_EPOSTA",
            ConsentChannel.Call => "HS_CAGRI_MERKEZI",
            _ => "HS_MESAJ",
        },
        _ => "HS_EORTAM",
    };
}
