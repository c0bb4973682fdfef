namespace Muhtar.Integrations.Localization;

/// <summary>Marker for the Integrations module's strings: IntegrationsResource.resx is Turkish (default), .en.resx English.</summary>
internal sealed class IntegrationsResource;
