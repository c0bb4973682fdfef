namespace Muhtar.Customers.CustomFields;

/// <summary>
/// Marker for the strings of custom fields and tag colours: CustomFieldsResource.resx is Turkish (the
/// default culture), CustomFieldsResource.en.resx English.
/// </summary>
internal sealed class CustomFieldsResource;
