namespace Muhtar.Privacy.Localization;

/// <summary>Marker for the Privacy module's strings: PrivacyResource.resx is Turkish (the default culture), PrivacyResource.en.resx English.</summary>
internal sealed class PrivacyResource;
