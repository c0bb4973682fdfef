using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers;

/// <summary>One setting a provider needs, by the name it is stored under in <see cref="ChannelConfig.Settings"/>.</summary>
/// <param name="Name">Stable key ("usercode", "password", "baseUrl" ...); labels come from the channels UI.</param>
/// <param name="Required">Sending cannot work without it.</param>
/// <param name="Secret">A password or token: stored encrypted, never shown back or logged.</param>
/// <param name="DefaultValue">Used when the setting is empty (the real production URL for base URLs).</param>
/// <param name="Choices">The only values allowed, when the setting is a choice (SMTP security, İYS recipient type).</param>
internal sealed record ProviderSetting(
    string Name, bool Required, bool Secret, string? DefaultValue = null, IReadOnlyList<string>? Choices = null);

/// <summary>
/// What the channels settings form needs to know about a provider, without knowing the provider: its key, its
/// channel, its settings and which are secret, and where its API lives (overridable per channel, so tests and
/// test accounts can point elsewhere).
/// </summary>
internal sealed record ProviderDescriptor(
    string Key,
    MessageChannel Channel,
    string DisplayName,
    IReadOnlyList<ProviderSetting> Settings,
    string? BaseUrlSetting,
    bool HasWebhook,
    bool HasReportPolling)
{
    public IEnumerable<string> RequiredSettings => Settings.Where(s => s.Required).Select(s => s.Name);

    public IEnumerable<string> SecretSettings => Settings.Where(s => s.Secret).Select(s => s.Name);

    public string? DefaultBaseUrl => BaseUrlSetting is null ? null : Settings.Single(s => s.Name == BaseUrlSetting).DefaultValue;

    /// <summary>The value of a setting, or its default when empty.</summary>
    public string Value(ChannelConfig config, string name)
    {
        var value = config.Setting(name).Trim();
        return value.Length > 0 ? value : Settings.FirstOrDefault(s => s.Name == name)?.DefaultValue ?? "";
    }

    /// <summary>The API base URL for this channel, without a trailing slash.</summary>
    public string BaseUrl(ChannelConfig config) =>
        BaseUrlSetting is null ? "" : Value(config, BaseUrlSetting).TrimEnd('/');

    /// <summary>Names of required settings that are empty in <paramref name="config"/>.</summary>
    public IReadOnlyList<string> MissingSettings(ChannelConfig config) =>
        Settings.Where(s => s.Required && s.DefaultValue is null && string.IsNullOrWhiteSpace(config.Setting(s.Name)))
            .Select(s => s.Name).ToList();
}

/// <summary>Every provider Muhtar can send through, for the channels settings form.</summary>
internal static class ProviderCatalog
{
    public static IReadOnlyList<ProviderDescriptor> All { get; } =
    [
        Netgsm.NetgsmProvider.Descriptor,
        IletiMerkezi.IletiMerkeziProvider.Descriptor,
        Verimor.VerimorProvider.Descriptor,
        WhatsApp.WhatsAppCloudProvider.Descriptor,
        Smtp.SmtpEmailProvider.Descriptor,
    ];

    public static ProviderDescriptor? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    public static IEnumerable<ProviderDescriptor> For(MessageChannel channel) => All.Where(d => d.Channel == channel);
}
