namespace Muhtar.Loyalty.Localization;

/// <summary>Marker for the Loyalty module's strings: LoyaltyResource.resx is Turkish (default), LoyaltyResource.en.resx English.</summary>
public sealed class LoyaltyResource;
