namespace Muhtar.Abstractions.Customers.Events;

/// <summary>A customer was archived: hidden from lists and campaigns, kept for history.</summary>
public sealed record CustomerArchived(Guid CustomerId, DateTime At);
