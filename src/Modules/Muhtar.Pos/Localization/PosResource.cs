namespace Muhtar.Pos.Localization;

/// <summary>Marker for the POS module's strings: PosResource.resx is Turkish (the default), PosResource.en.resx English.</summary>
public sealed class PosResource;
