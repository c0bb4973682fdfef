namespace Muhtar.Automation.Localization;

/// <summary>Marker for automation strings: AutomationResource.resx is Turkish (default), AutomationResource.en.resx English.</summary>
public sealed class AutomationResource;
