namespace Muhtar.Messaging.Templates;

/// <summary>
/// Marker for the strings of message templates: TemplatesResource.resx is Turkish (the default culture),
/// TemplatesResource.en.resx English.
/// </summary>
internal sealed class TemplatesResource;
