namespace Muhtar.Scheduling.Localization;

/// <summary>Marker for the public booking page's strings: PublicBookingResource.resx is Turkish (default), .en.resx English.</summary>
public sealed class PublicBookingResource;
