namespace Muhtar.Abstractions.Customers.Events;

/// <summary>A customer's data changed; <paramref name="ChangedFields"/> are API field names ("phone", "tags").</summary>
public sealed record CustomerUpdated(Guid CustomerId, IReadOnlyList<string> ChangedFields, DateTime At);
