namespace Muhtar.Pos.Queries;

internal sealed record StoreView(Guid Id, string Code, string Name, string City, string District, IReadOnlyList<string> TillCodes);
