using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// "Send test message": one message straight through the channel's provider (not the outbox: no customer, no
/// consent, nothing queued) to a number or address the user types, answering with what the provider said.
/// </summary>
internal sealed class ChannelTestSender(
    ChannelSettingsStore store,
    IEnumerable<IMessageProvider> providers,
    IPhoneNormalizer phones,
    IStringLocalizer<ChannelsResource> text)
{
    public const int MaxTextLength = 1000;

    /// <summary>Meta's sample template every WhatsApp Business account has; free text needs an open conversation.</summary>
    public const string WhatsAppTestTemplate = "hello_world";

    public async Task<ProviderSendResult> SendAsync(MessageChannel channel, string? to, string? body, CancellationToken cancellationToken = default)
    {
        var recipient = Recipient(channel, to);
        var message = string.IsNullOrWhiteSpace(body) ? text["Test.DefaultText"].Value : body.Trim();
        if (message.Length > MaxTextLength)
        {
            throw new RuleViolation("text", text["Validation.TooLong", MaxTextLength]);
        }

        var config = await store.GetStoredAsync(channel, cancellationToken)
            ?? throw new RuleViolation("channel", text["Test.NotConfigured"], 409);
        var provider = providers.FirstOrDefault(p => p.Key == config.ProviderKey && p.Channel == channel)
            ?? throw new RuleViolation("provider", text["Test.ProviderUnavailable"], 409);
        var outgoing = channel switch
        {
            MessageChannel.WhatsApp => new ProviderMessage(Guid.CreateVersion7(), recipient, message, TemplateName: WhatsAppTestTemplate, TemplateParameters: [], Language: "en_US"),
            MessageChannel.Email => new ProviderMessage(Guid.CreateVersion7(), recipient, message, Subject: text["Test.Subject"]),
            _ => new ProviderMessage(Guid.CreateVersion7(), recipient, message),
        };
        return await provider.SendAsync(outgoing, config, cancellationToken);
    }

    private string Recipient(MessageChannel channel, string? to)
    {
        var value = to?.Trim() ?? "";
        if (value.Length == 0)
        {
            throw new RuleViolation("to", channel == MessageChannel.Email ? text["Validation.EmailRequired"] : text["Validation.PhoneRequired"]);
        }

        if (channel == MessageChannel.Email)
        {
            return System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && value.Length <= 320
                ? value
                : throw new RuleViolation("to", text["Validation.EmailInvalid"]);
        }

        return phones.TryNormalize(value, out var e164) ? e164 : throw new RuleViolation("to", text["Validation.PhoneInvalid"]);
    }
}
