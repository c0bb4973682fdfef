namespace Muhtar.Pos.Api;

internal sealed record StoreResponse(Guid Id, string Code, string Name, string City, string District, IReadOnlyList<string> Tills);
