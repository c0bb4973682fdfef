using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// <c>Muhtar-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c> keyed with the secret's
/// UTF-8 bytes (Stripe's scheme): a receiver recomputes it, compares in constant time and rejects old t.
/// </summary>
internal static class WebhookSignature
{
    public static string Header(string secret, long unixSeconds, string body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Compute(secret, t, body)}";
    }

    public static string Compute(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}
