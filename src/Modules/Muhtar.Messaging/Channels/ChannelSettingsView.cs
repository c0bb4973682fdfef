using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// A channel's set-up as it may be shown: the values of ordinary settings, only the names of the secret ones that
/// are stored (shown as "••••"), and the key of its webhook URL.
/// </summary>
internal sealed record ChannelSettingsView(
    MessageChannel Channel,
    string ProviderKey,
    bool Enabled,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet,
    bool WebhookSecretSet,
    string WebhookKey,
    string VerifyToken,
    DateTime UpdatedAt);

/// <summary>
/// What a user saves for a channel. A secret setting (and <paramref name="WebhookSecret"/>) left null or empty keeps
/// the stored value, so changing the sender name never asks for the password again.
/// </summary>
internal sealed record ChannelSettingsInput(
    string? Provider,
    bool Enabled,
    IReadOnlyDictionary<string, string?>? Settings,
    string? WebhookSecret = null);

/// <summary>One problem with one field, named as in the API ("provider", "settings.password").</summary>
internal sealed record ChannelFieldError(string Field, string Message);

/// <summary>The input broke one or more rules; each error names its field.</summary>
internal sealed class ChannelValidationException(IReadOnlyList<ChannelFieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ChannelFieldError> Errors { get; } = errors;
}
