using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Turns a request into a <see cref="TemplateDraft"/> or a RuleViolation naming the field: required name,
/// channel and purpose; a body (and an e-mail subject) that parse as Liquid, reported with line and column;
/// for WhatsApp the approved template's name, language and parameter expressions.
/// </summary>
internal sealed partial class TemplateValidator(TemplateEngine engine, IStringLocalizer<TemplatesResource> text)
{
    public TemplateDraft Validate(TemplateRequest request)
    {
        var name = Collapse(request.Name);
        if (name.Length == 0)
        {
            throw new RuleViolation("name", text["Template.NameRequired"]);
        }

        if (name.Length > MessageTemplate.MaxNameLength)
        {
            throw new RuleViolation("name", text["Template.NameTooLong", MessageTemplate.MaxNameLength]);
        }

        if (!TemplateNames.TryChannel(request.Channel, out var channel))
        {
            throw new RuleViolation("channel", text["Template.ChannelInvalid"]);
        }

        if (!TemplateNames.TryPurpose(request.Purpose, out var purpose))
        {
            throw new RuleViolation("purpose", text["Template.PurposeRequired"]);
        }

        var body = (request.Body ?? "").Trim();
        if (body.Length == 0 && channel != MessageChannel.WhatsApp)
        {
            throw new RuleViolation("body", text["Template.BodyRequired"]);
        }

        if (body.Length > MessageTemplate.MaxBodyLength)
        {
            throw new RuleViolation("body", text["Template.BodyTooLong", MessageTemplate.MaxBodyLength]);
        }

        CheckSyntax("body", body);
        string? subject = null;
        if (channel == MessageChannel.Email)
        {
            subject = Collapse(request.Subject);
            if (subject.Length == 0)
            {
                throw new RuleViolation("subject", text["Template.SubjectRequired"]);
            }

            if (subject.Length > MessageTemplate.MaxSubjectLength)
            {
                throw new RuleViolation("subject", text["Template.SubjectTooLong", MessageTemplate.MaxSubjectLength]);
            }

            CheckSyntax("subject", subject);
        }

        if (channel != MessageChannel.WhatsApp)
        {
            return new TemplateDraft(name, channel, purpose, body, subject, null, null, []);
        }

        var approved = request.WhatsAppTemplateName?.Trim() ?? "";
        if (approved.Length is 0 or > MessageTemplate.MaxWhatsAppNameLength || !WhatsAppName().IsMatch(approved))
        {
            throw new RuleViolation("whatsAppTemplateName", text["Template.WhatsAppNameInvalid"]);
        }

        var language = request.WhatsAppLanguage?.Trim() ?? "";
        if (!WhatsAppLanguage().IsMatch(language))
        {
            throw new RuleViolation("whatsAppLanguage", text["Template.WhatsAppLanguageInvalid"]);
        }

        var parameters = (request.WhatsAppParameters ?? []).Select(p => p?.Trim() ?? "").ToList();
        if (parameters.Count > MessageTemplate.MaxWhatsAppParameters)
        {
            throw new RuleViolation("whatsAppParameters", text["Template.WhatsAppParametersTooMany", MessageTemplate.MaxWhatsAppParameters]);
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var field = $"whatsAppParameters[{i}]";
            if (parameters[i].Length is 0 or > MessageTemplate.MaxParameterLength)
            {
                throw new RuleViolation(field, text["Template.WhatsAppParameterInvalid", i + 1, MessageTemplate.MaxParameterLength]);
            }

            CheckSyntax(field, ParameterTemplate(parameters[i]));
        }

        return new TemplateDraft(name, channel, purpose, body, null, approved, language, parameters);
    }

    /// <summary>A parameter as a Liquid text: an expression ("customer.first_name") is wrapped in {{ }}; a text with tags stays.</summary>
    public static string ParameterTemplate(string parameter) =>
        parameter.Contains("{{", StringComparison.Ordinal) || parameter.Contains("{%", StringComparison.Ordinal) ? parameter : "{{ " + parameter + " }}";

    /// <summary>Throws a RuleViolation naming the field when the text is not valid Liquid.</summary>
    public void CheckSyntax(string field, string source)
    {
        if (!engine.TryParse(source, out _, out var error))
        {
            throw Syntax(field, error!);
        }
    }

    public RuleViolation Syntax(string field, TemplateSyntaxError error)
    {
        var violation = error.Line is { } line
            ? new RuleViolation(field, text["Template.SyntaxAt", line, error.Column ?? 0, error.Message])
            : new RuleViolation(field, text["Template.Syntax", error.Message]);
        return violation.With("line", error.Line).With("column", error.Column);
    }

    private static string Collapse(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Meta's rule for template names: lower-case letters, digits and underscores.
    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex WhatsAppName();

    [GeneratedRegex("^[a-z]{2,3}(_[A-Z]{2})?$")]
    private static partial Regex WhatsAppLanguage();
}
