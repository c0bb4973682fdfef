namespace Muhtar.Messaging.Templates.Pages;

/// <summary>The editor's form: what the user typed, turned into a <see cref="TemplateRequest"/> on save or preview.</summary>
internal sealed class TemplateFormModel
{
    public string Name { get; set; } = "";

    public string Channel { get; set; } = "sms";

    /// <summary>Null until the user chooses: the purpose decides the consent rules, so it has no default.</summary>
    public string? Purpose { get; set; }

    public string Body { get; set; } = "";

    public string Subject { get; set; } = "";

    public string WhatsAppTemplateName { get; set; } = "";

    public string WhatsAppLanguage { get; set; } = "tr";

    /// <summary>One Liquid expression a line, in parameter order.</summary>
    public string WhatsAppParameters { get; set; } = "";

    /// <summary>Sample variables for the preview, "name=value" a line (what a reminder or rule would pass).</summary>
    public string Variables { get; set; } = "";

    public bool Archived { get; set; }

    public static TemplateFormModel From(TemplateResponse t) => new()
    {
        Name = t.Name,
        Channel = t.Channel,
        Purpose = t.Purpose,
        Body = t.Body,
        Subject = t.Subject ?? "",
        WhatsAppTemplateName = t.WhatsAppTemplateName ?? "",
        WhatsAppLanguage = t.WhatsAppLanguage ?? "tr",
        WhatsAppParameters = string.Join('\n', t.WhatsAppParameters),
        Archived = t.Archived,
    };

    public TemplateRequest ToRequest() => new(
        Name,
        Channel,
        Purpose,
        Body,
        Channel == "email" ? Subject : null,
        Channel == "whatsapp" ? WhatsAppTemplateName : null,
        Channel == "whatsapp" ? WhatsAppLanguage : null,
        Channel == "whatsapp" ? Lines(WhatsAppParameters).ToList() : null,
        Archived);

    /// <summary>For the preview only: a name and purpose so an unfinished form still previews its text.</summary>
    public TemplateRequest ToPreviewRequest() =>
        ToRequest() with { Name = string.IsNullOrWhiteSpace(Name) ? "—" : Name, Purpose = Purpose ?? "transactional" };

    public Dictionary<string, string> VariableValues() =>
        Lines(Variables).Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[0].Trim().Length > 0)
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
