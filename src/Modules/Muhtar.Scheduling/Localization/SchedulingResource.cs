namespace Muhtar.Scheduling.Localization;

/// <summary>Marker for the Scheduling module's strings: SchedulingResource.resx is Turkish (default), SchedulingResource.en.resx English.</summary>
public sealed class SchedulingResource;
