using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// A business's set-up of one channel, decrypted for use: which provider, its settings (user names,
/// passwords, tokens, sender id/header, SMTP host...) by the provider's own names, and the secret its
/// webhooks are checked with.
/// </summary>
internal sealed record ChannelConfig(
    Guid TenantId,
    MessageChannel Channel,
    string ProviderKey,
    IReadOnlyDictionary<string, string> Settings,
    string? WebhookSecret)
{
    public string Setting(string name) => Settings.TryGetValue(name, out var v) ? v : "";
}
