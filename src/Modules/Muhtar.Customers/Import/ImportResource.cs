namespace Muhtar.Customers.Import;

/// <summary>
/// Marker for the import and export strings: ImportResource.resx is Turkish (the default culture),
/// ImportResource.en.resx English.
/// </summary>
internal sealed class ImportResource;
