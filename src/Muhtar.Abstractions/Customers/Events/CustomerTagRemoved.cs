namespace Muhtar.Abstractions.Customers.Events;

/// <summary>A tag was taken off a customer.</summary>
public sealed record CustomerTagRemoved(Guid CustomerId, string Tag, DateTime At);
