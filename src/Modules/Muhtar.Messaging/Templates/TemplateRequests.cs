using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// The body of POST /api/v1/messaging/templates and PUT /api/v1/messaging/templates/{id} (the whole template).
/// Channel: "sms", "whatsapp" or "email"; purpose: "commercial" or "transactional" (required, no default).
/// WhatsApp templates name the approved template, its language ("tr", "en_US") and one Liquid expression per
/// parameter ("customer.first_name" or "{{ customer | salutation }}").
/// </summary>
internal sealed record TemplateRequest(
    string? Name = null,
    string? Channel = null,
    string? Purpose = null,
    string? Body = null,
    string? Subject = null,
    string? WhatsAppTemplateName = null,
    string? WhatsAppLanguage = null,
    IReadOnlyList<string>? WhatsAppParameters = null,
    bool? Archived = null);

internal sealed record TemplateResponse(
    Guid Id,
    string Name,
    string Channel,
    string Purpose,
    string Body,
    string? Subject,
    string? WhatsAppTemplateName,
    string? WhatsAppLanguage,
    IReadOnlyList<string> WhatsAppParameters,
    bool Archived,
    bool Used,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    SmsLengthResponse? BodyLength)
{
    public static TemplateResponse From(MessageTemplate t) =>
        new(t.Id, t.Name, TemplateNames.Of(t.Channel), TemplateNames.Of(t.Purpose), t.Body, t.Subject, t.WhatsAppTemplateName, t.WhatsAppLanguage,
            t.WhatsAppParameters, t.IsArchived, t.FirstUsedAt is not null, t.CreatedAt, t.UpdatedAt,
            t.Channel == MessageChannel.Sms ? SmsLengthResponse.From(SmsLength.Of(t.Body)) : null);
}

/// <summary>The body of POST /api/v1/messaging/templates/{id}/preview.</summary>
internal sealed record PreviewRequest(Guid? CustomerId = null, IReadOnlyDictionary<string, string>? Variables = null);

/// <summary>A template rendered for one customer; for SMS with its encoding, characters and parts.</summary>
internal sealed record PreviewResponse(
    string Channel,
    string Purpose,
    string Text,
    string? Subject,
    string? WhatsAppTemplateName,
    string? WhatsAppLanguage,
    IReadOnlyList<string> WhatsAppParameters,
    string Encoding,
    int Characters,
    int Units,
    int Segments,
    int PerSegment,
    SmsLengthResponse? TurkishShift);

/// <summary>An SMS length: encoding "gsm7", "gsm7Turkish" or "ucs2"; units are septets or UTF-16 code units.</summary>
internal sealed record SmsLengthResponse(string Encoding, int Characters, int Units, int Segments, int PerSegment, int Remaining)
{
    public static SmsLengthResponse From(SmsLength length) =>
        new(TemplateNames.Of(length.Encoding), length.Characters, length.Units, length.Segments, length.PerSegment, length.RemainingInSegment);
}
