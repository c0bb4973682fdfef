using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Templates;

/// <summary>A template's content after validation: trimmed, channel-specific members only where they belong.</summary>
internal sealed record TemplateDraft(
    string Name,
    MessageChannel Channel,
    MessagePurpose Purpose,
    string Body,
    string? Subject,
    string? WhatsAppTemplateName,
    string? WhatsAppLanguage,
    IReadOnlyList<string> WhatsAppParameters);
