namespace Muhtar.Abstractions.Customers.Events;

/// <summary>A customer was created (by a person, the API, an import or the till's enrolment).</summary>
public sealed record CustomerCreated(Guid CustomerId, string Kind, bool HasPhone, DateTime At);
