namespace Muhtar.Customers.Localization;

/// <summary>
/// Marker for the Customers module's strings: CustomersResource.resx is Turkish (the default culture),
/// CustomersResource.en.resx English.
/// </summary>
internal sealed class CustomersResource;
