namespace Muhtar.Messaging.Templates;

/// <summary>Renders a template of the current business for one customer (Liquid, Fluid).</summary>
internal interface ITemplateRenderer
{
    /// <summary>An unknown template or customer is a RuleViolation ("templateId" / "customerId").</summary>
    Task<RenderedMessage> RenderAsync(
        Guid templateId, Guid customerId, IReadOnlyDictionary<string, string>? variables, CancellationToken cancellationToken = default);
}
