using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Providers;

/// <summary>
/// What a provider is asked to deliver. <paramref name="CorrelationId"/> is the message's id, sent as the
/// provider's own reference field where it has one, so a retry after a crash is recognised as the same
/// message and delivery reports find their message.
/// </summary>
/// <param name="To">E.164 phone ("+905321234567") or e-mail address.</param>
/// <param name="Purpose">Commercial sends carry the gateway's İYS flag (Netgsm iysfilter, İleti Merkezi iys, Verimor is_commercial).</param>
/// <param name="TemplateName">WhatsApp: the approved template; <paramref name="TemplateParameters"/> fill its body.</param>
internal sealed record ProviderMessage(
    Guid CorrelationId,
    string To,
    string Body,
    string? Subject = null,
    string? TemplateName = null,
    IReadOnlyList<string>? TemplateParameters = null,
    string? Language = "tr",
    MessagePurpose Purpose = MessagePurpose.Transactional);
