namespace Muhtar.Abstractions.Customers.Events;

/// <summary>A tag was put on a customer (by hand, the API, an import or an automation).</summary>
public sealed record CustomerTagAdded(Guid CustomerId, string Tag, DateTime At);
