namespace Muhtar.Customers.Privacy;

/// <summary>Strings of the customer's KVKK holder: CustomerPrivacyResource.resx Turkish (default), .en.resx English.</summary>
internal sealed class CustomerPrivacyResource;
