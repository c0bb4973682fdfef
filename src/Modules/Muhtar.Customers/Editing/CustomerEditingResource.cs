namespace Muhtar.Customers.Editing;

/// <summary>Marker for the strings of edits other modules make (automation): CustomerEditingResource.resx Turkish, .en.resx English.</summary>
internal sealed class CustomerEditingResource;
