using System.Security.Cryptography;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// A business's set-up of one channel (kanal ayarı): which provider, its settings encrypted as one JSON
/// document, whether it is switched on, and the public key in its webhook URL with the secret its webhooks are
/// checked with (also encrypted). One per business and channel. Only <see cref="ChannelSettingsStore"/> writes it.
/// </summary>
internal sealed class ChannelSetup : ITenantScoped, IAudited
{
    private ChannelSetup()
    {
    }

    public ChannelSetup(MessageChannel channel, string providerKey, string protectedSettings, string protectedWebhookSecret, bool enabled, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Channel = channel;
        ProviderKey = providerKey;
        ProtectedSettings = protectedSettings;
        ProtectedWebhookSecret = protectedWebhookSecret;
        Enabled = enabled;
        WebhookKey = NewWebhookKey();
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public MessageChannel Channel { get; private set; }

    public string ProviderKey { get; private set; } = "";

    /// <summary>The settings as JSON, encrypted with Data Protection (see <see cref="ChannelSecrets"/>).</summary>
    public string ProtectedSettings { get; private set; } = "";

    /// <summary>The secret webhooks are checked with, encrypted.</summary>
    public string ProtectedWebhookSecret { get; private set; } = "";

    public bool Enabled { get; private set; }

    /// <summary>Random, public: the last segment of the webhook URL; finds the channel (and so the business) of a push.</summary>
    public string WebhookKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(string providerKey, string protectedSettings, bool enabled, DateTime now)
    {
        ProviderKey = providerKey;
        ProtectedSettings = protectedSettings;
        Enabled = enabled;
        UpdatedAt = now;
    }

    public void ChangeWebhookSecret(string protectedWebhookSecret, DateTime now)
    {
        ProtectedWebhookSecret = protectedWebhookSecret;
        UpdatedAt = now;
    }

    /// <summary>128 random bits, URL-safe.</summary>
    public static string NewWebhookKey() => Base64Url(RandomNumberGenerator.GetBytes(16));

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
