namespace Muhtar.Abstractions.Messaging;

/// <summary>The current business's message templates, for modules that let a user pick one.</summary>
public interface IMessageTemplates
{
    Task<IReadOnlyList<MessageTemplateSummary>> ListAsync(MessageChannel? channel = null, CancellationToken cancellationToken = default);

    Task<MessageTemplateSummary?> GetAsync(Guid id, CancellationToken cancellationToken = default);
}
