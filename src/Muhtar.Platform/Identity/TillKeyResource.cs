namespace Muhtar.Platform.Identity;

/// <summary>Marker for the till-key strings: TillKeyResource.resx is Turkish (the default), TillKeyResource.en.resx English.</summary>
public sealed class TillKeyResource;
