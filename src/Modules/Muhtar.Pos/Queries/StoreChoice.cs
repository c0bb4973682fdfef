namespace Muhtar.Pos.Queries;

/// <summary>A store as a filter drop-down lists it.</summary>
internal sealed record StoreChoice(Guid Id, string Label);
