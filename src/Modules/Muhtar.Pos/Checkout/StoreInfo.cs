namespace Muhtar.Pos.Checkout;

/// <summary>A store as the till path needs it, cached by code (<see cref="TillStores"/>).</summary>
internal sealed record StoreInfo(Guid Id, string Code, string Name, string District, bool IsOnline, IReadOnlySet<string> TillCodes);
