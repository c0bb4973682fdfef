namespace Muhtar.Messaging.Channels;

/// <summary>Where providers push delivery reports and replies: <c>{Prefix}/{webhookKey}</c>.</summary>
internal static class MessagingWebhookRoute
{
    public const string Prefix = "/api/v1/webhooks/messaging";
}
