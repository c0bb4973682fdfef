namespace Muhtar.Abstractions.Messaging;

/// <summary>A template as other modules pick it (automation actions, appointment reminders).</summary>
public sealed record MessageTemplateSummary(Guid Id, string Name, MessageChannel Channel, MessagePurpose Purpose);
