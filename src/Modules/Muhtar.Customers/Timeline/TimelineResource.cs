namespace Muhtar.Customers.Timeline;

/// <summary>Marker for the timeline's strings: TimelineResource.resx is Turkish (default), TimelineResource.en.resx English.</summary>
internal sealed class TimelineResource;
