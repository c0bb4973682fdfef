namespace Muhtar.Messaging.Templates;

/// <summary>A template that could not be rendered: it ran past the step or recursion limit, or does not parse.</summary>
internal sealed class TemplateRenderException(string message, Exception? inner) : Exception(message, inner);
