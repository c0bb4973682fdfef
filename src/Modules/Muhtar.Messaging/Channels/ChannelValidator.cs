using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Providers;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// Checks a channel set-up against its provider's descriptor and gives every problem with its field, so the form
/// can show each message next to its input and the API can name each field.
/// </summary>
internal sealed class ChannelValidator(IStringLocalizer<ChannelsResource> text)
{
    public const int MaxSettingLength = 1000;
    public const int MinWebhookSecretLength = 8;

    /// <summary>
    /// The settings to store (trimmed, secrets left empty taken from <paramref name="stored"/>, unknown names refused)
    /// or the problems found. <paramref name="stored"/> is what is stored now for the same provider, or empty.
    /// </summary>
    public (ProviderDescriptor? Provider, Dictionary<string, string> Settings, List<ChannelFieldError> Errors) Check(
        MessageChannel channel, ChannelSettingsInput input, IReadOnlyDictionary<string, string> stored)
    {
        var errors = new List<ChannelFieldError>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var key = input.Provider?.Trim() ?? "";
        var provider = key.Length == 0 ? null : ProviderCatalog.Find(key);
        if (provider is null || provider.Channel != channel)
        {
            errors.Add(new("provider", key.Length == 0
                ? text["Validation.ProviderRequired"]
                : text["Validation.ProviderUnknown", string.Join(", ", ProviderCatalog.For(channel).Select(p => p.Key))]));
            return (null, result, errors);
        }

        var given = input.Settings ?? new Dictionary<string, string?>();
        foreach (var name in given.Keys.Where(n => provider.Settings.All(s => s.Name != n)))
        {
            errors.Add(new($"settings.{name}", text["Validation.SettingUnknown"]));
        }

        foreach (var setting in provider.Settings)
        {
            var value = given.TryGetValue(setting.Name, out var v) ? v?.Trim() ?? "" : "";
            if (setting.Secret && value.Length == 0 && stored.TryGetValue(setting.Name, out var kept))
            {
                value = kept;
            }

            if (CheckValue(provider, setting, value) is { } problem)
            {
                errors.Add(new($"settings.{setting.Name}", problem));
            }
            else if (value.Length > 0)
            {
                result[setting.Name] = value;
            }
        }

        var secret = input.WebhookSecret?.Trim() ?? "";
        if (secret.Length > 0 && secret.Length < MinWebhookSecretLength)
        {
            errors.Add(new("webhookSecret", text["Validation.WebhookSecretShort", MinWebhookSecretLength]));
        }
        else if (secret.Length > MaxSettingLength)
        {
            errors.Add(new("webhookSecret", text["Validation.TooLong", MaxSettingLength]));
        }

        return (provider, result, errors);
    }

    private string? CheckValue(ProviderDescriptor provider, ProviderSetting setting, string value)
    {
        if (value.Length == 0)
        {
            return setting.Required && setting.DefaultValue is null ? text["Validation.SettingRequired"].Value : null;
        }

        if (value.Length > MaxSettingLength)
        {
            return text["Validation.TooLong", MaxSettingLength];
        }

        if (setting.Choices is { Count: > 0 } choices && !choices.Contains(value, StringComparer.Ordinal))
        {
            return text["Validation.SettingChoice", string.Join(", ", choices)];
        }

        if (setting.Name == provider.BaseUrlSetting
            && (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            return text["Validation.BaseUrl"];
        }

        return null;
    }
}
