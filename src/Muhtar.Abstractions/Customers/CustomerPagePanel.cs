namespace Muhtar.Abstractions.Customers;

/// <summary>
/// A section another module adds to the customer's page (consents, points, appointments…) without the
/// Customers module knowing it. Register as a singleton; the page renders each
/// <paramref name="Component"/> (a Razor component with a <c>[Parameter] Guid CustomerId</c>) in
/// <paramref name="Order"/>. The component checks its own permissions.
/// </summary>
public sealed record CustomerPagePanel(Type Component, int Order);
