using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Templates;

/// <summary>A template rendered for one customer, ready for a provider.</summary>
/// <param name="WhatsAppTemplateName">The approved WhatsApp template the message maps to; its parameters in <paramref name="WhatsAppParameters"/>.</param>
internal sealed record RenderedMessage(
    MessageChannel Channel,
    MessagePurpose Purpose,
    string Body,
    string? Subject,
    string? WhatsAppTemplateName,
    IReadOnlyList<string> WhatsAppParameters)
{
    /// <summary>The approved WhatsApp template's language code ("tr", "en_US").</summary>
    public string? WhatsAppLanguage { get; init; }
}
