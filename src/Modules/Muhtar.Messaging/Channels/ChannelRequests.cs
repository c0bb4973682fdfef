namespace Muhtar.Messaging.Channels;

/// <summary>PUT /api/v1/messaging/channels/{channel}. Secret settings left out or empty keep their stored value.</summary>
internal sealed record ChannelSettingsRequest(string? Provider, bool? Enabled, Dictionary<string, string?>? Settings, string? WebhookSecret);

/// <summary>
/// A channel's set-up without secrets: <c>secretsSet</c> names the secret settings that are stored,
/// <c>webhookUrl</c> is what to paste into the provider's panel for reports and replies
/// (<c>verifyToken</c> too, for WhatsApp).
/// </summary>
internal sealed record ChannelSettingsResponse(
    string Channel,
    string Provider,
    bool Enabled,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet,
    bool WebhookSecretSet,
    string WebhookUrl,
    string VerifyToken,
    DateTimeOffset UpdatedAt);

/// <summary>POST /api/v1/messaging/channels/{channel}/test: a phone number or e-mail address, and optionally the text.</summary>
internal sealed record ChannelTestRequest(string? To, string? Text);

/// <summary>How the provider answered the test message.</summary>
internal sealed record ChannelTestResponse(string Outcome, string? ProviderMessageId, string Answer);

/// <summary>A provider the settings form can offer, with its settings.</summary>
internal sealed record ProviderResponse(string Key, string Channel, string DisplayName, IReadOnlyList<ProviderSettingResponse> Settings, bool HasWebhook);

internal sealed record ProviderSettingResponse(string Name, bool Required, bool Secret, string? DefaultValue, IReadOnlyList<string>? Choices);
