namespace Muhtar.Pos.Stores;

/// <summary>POST /api/v1/pos/stores and PUT …/{id}: code and name required; city and district may be blank (an e-shop).</summary>
internal sealed record StoreRequest(string? Code, string? Name, string? City = null, string? District = null, bool IsOnline = false);

/// <summary>POST /api/v1/pos/stores/{id}/tills and PUT /api/v1/pos/tills/{id}.</summary>
internal sealed record TillRequest(string? Code);

/// <summary>A store with its tills, as the stores page and the store API show it.</summary>
internal sealed record StoreDetails(Guid Id, string Code, string Name, string City, string District, bool IsOnline, IReadOnlyList<TillItem> Tills);

internal sealed record TillItem(Guid Id, string Code);
