namespace Muhtar.Abstractions.Customers.Merging;

/// <summary>Customers <paramref name="Merged"/> were merged into <paramref name="SurvivorId"/>.</summary>
public sealed record CustomersMerged(Guid MergeId, Guid SurvivorId, IReadOnlyList<Guid> Merged, DateTime At);

/// <summary>A merge was undone: the merged customers exist again with their rows.</summary>
public sealed record CustomerMergeUndone(Guid MergeId, Guid SurvivorId, IReadOnlyList<Guid> Restored, DateTime At);
