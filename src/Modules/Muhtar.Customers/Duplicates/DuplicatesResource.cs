namespace Muhtar.Customers.Duplicates;

/// <summary>
/// Marker for the duplicate-group strings: DuplicatesResource.resx is Turkish (the default culture),
/// DuplicatesResource.en.resx English.
/// </summary>
internal sealed class DuplicatesResource;
