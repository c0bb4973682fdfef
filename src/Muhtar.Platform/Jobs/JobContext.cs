namespace Muhtar.Platform.Jobs;

/// <summary>Which task row is running, for whom, and how many times it has been tried (1 first).</summary>
public sealed record JobContext(Guid JobId, Guid? TenantId, int Attempt);
