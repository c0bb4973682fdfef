namespace Muhtar.Abstractions.Customers.Events;

/// <summary>An archived customer was brought back.</summary>
public sealed record CustomerUnarchived(Guid CustomerId, DateTime At);
