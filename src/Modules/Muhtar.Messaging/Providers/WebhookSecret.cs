using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers;

/// <summary>
/// For providers that cannot sign their pushes (İleti Merkezi, Verimor): the push URL registered in the provider's
/// panel carries the channel's <see cref="ChannelConfig.WebhookSecret"/> as <c>?secret=...</c> (or a caller may
/// send it in the <c>X-Muhtar-Webhook-Secret</c> header). Compared in constant time; no secret set = nothing accepted.
/// </summary>
internal static class WebhookSecret
{
    public const string QueryName = "secret";
    public const string HeaderName = "X-Muhtar-Webhook-Secret";

    public static bool Matches(IHeaderDictionary headers, IQueryCollection query, ChannelConfig config)
    {
        if (string.IsNullOrEmpty(config.WebhookSecret))
        {
            return false;
        }

        string? given = query.TryGetValue(QueryName, out var fromQuery) ? fromQuery.ToString()
            : headers.TryGetValue(HeaderName, out var fromHeader) ? fromHeader.ToString()
            : null;
        return given is not null && FixedTimeEquals(given, config.WebhookSecret);
    }

    public static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
