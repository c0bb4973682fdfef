namespace Muhtar.Platform.Events;

/// <summary>Which outbox row is being delivered, for whom, and how many times it has been tried (1 first).</summary>
public sealed record EventContext(Guid JobId, Guid? TenantId, int Attempt);
