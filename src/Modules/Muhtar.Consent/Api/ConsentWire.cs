using Muhtar.Abstractions.Consent;

namespace Muhtar.Consent.Api;

/// <summary>
/// The API's words for channels, statuses and sources (camelCase, like the rest of /api/v1). Statuses
/// also accept the registry's Turkish words ONAY/RET, since that is how businesses speak of them.
/// </summary>
internal static class ConsentWire
{
    private static readonly Dictionary<string, ConsentChannel> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sms"] = ConsentChannel.Sms,
        ["call"] = ConsentChannel.Call,
        ["email"] = ConsentChannel.Email,
        ["whatsapp"] = ConsentChannel.WhatsApp,
    };

    private static readonly Dictionary<string, ConsentStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["approved"] = ConsentStatus.Approved,
        ["refused"] = ConsentStatus.Refused,
        ["onay"] = ConsentStatus.Approved,
        ["ret"] = ConsentStatus.Refused,
    };

    private static readonly Dictionary<string, ConsentSource> Sources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["webForm"] = ConsentSource.WebForm,
        ["shop"] = ConsentSource.Shop,
        ["wetSignature"] = ConsentSource.WetSignature,
        ["import"] = ConsentSource.Import,
        ["api"] = ConsentSource.Api,
        ["reply"] = ConsentSource.Reply,
    };

    public static IEnumerable<string> ChannelNames => Channels.Keys;

    public static IEnumerable<string> SourceNames => Sources.Keys;

    public static bool TryChannel(string? value, out ConsentChannel channel) => Channels.TryGetValue(value ?? "", out channel);

    public static bool TryStatus(string? value, out ConsentStatus status) => Statuses.TryGetValue(value ?? "", out status);

    public static bool TrySource(string? value, out ConsentSource source) => Sources.TryGetValue(value ?? "", out source);

    public static string Name(ConsentChannel channel) => Channels.First(p => p.Value == channel).Key;

    public static string Name(ConsentStatus status) => status == ConsentStatus.Approved ? "approved" : "refused";

    public static string Name(ConsentSource source) => Sources.First(p => p.Value == source).Key;
}
