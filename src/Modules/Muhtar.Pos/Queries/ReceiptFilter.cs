namespace Muhtar.Pos.Queries;

/// <summary>Narrows the receipt list; <see cref="From"/> is inclusive and <see cref="To"/> exclusive (UTC).</summary>
internal sealed record ReceiptFilter(Guid? CustomerId = null, Guid? StoreId = null, DateTime? From = null, DateTime? To = null);
