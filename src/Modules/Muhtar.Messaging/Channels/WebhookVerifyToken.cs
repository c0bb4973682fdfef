using System.Security.Cryptography;
using System.Text;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// The token a WhatsApp app is told to send when it subscribes the webhook URL: derived from the channel's webhook
/// key and secret, so it is stable, different per channel, and shows nothing of the secret.
/// </summary>
internal static class WebhookVerifyToken
{
    public static string For(string webhookKey, string? webhookSecret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhookSecret ?? ""), Encoding.UTF8.GetBytes("verify:" + webhookKey));
        return Convert.ToHexStringLower(mac)[..24];
    }
}
