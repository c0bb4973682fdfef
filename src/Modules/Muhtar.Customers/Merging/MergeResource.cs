namespace Muhtar.Customers.Merging;

/// <summary>
/// Marker for the strings of duplicate detection and merging: MergeResource.resx is Turkish (the default
/// culture), MergeResource.en.resx English.
/// </summary>
internal sealed class MergeResource;
