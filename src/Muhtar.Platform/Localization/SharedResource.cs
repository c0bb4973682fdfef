namespace Muhtar.Platform.Localization;

/// <summary>
/// Marker for the shared UI strings: SharedResource.resx is Turkish (the default culture),
/// SharedResource.en.resx English.
/// </summary>
public sealed class SharedResource;
