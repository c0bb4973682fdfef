namespace Muhtar.Pos.Queries;

/// <summary>One page of a list and how many rows the whole filtered list has.</summary>
internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Total);
