namespace Muhtar.Messaging.Templates;

/// <summary>Why a Liquid text does not parse, and where (1-based line and column when the parser says).</summary>
internal sealed record TemplateSyntaxError(string Message, int? Line, int? Column);
