namespace Muhtar.Consent.Localization;

/// <summary>Marker for the Consent module's strings: ConsentResource.resx is Turkish (default), ConsentResource.en.resx English.</summary>
internal sealed class ConsentResource;
