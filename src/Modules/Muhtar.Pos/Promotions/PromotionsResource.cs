namespace Muhtar.Pos.Promotions;

/// <summary>Marker for the promotion strings: PromotionsResource.resx is Turkish (the default), PromotionsResource.en.resx English.</summary>
public sealed class PromotionsResource;
