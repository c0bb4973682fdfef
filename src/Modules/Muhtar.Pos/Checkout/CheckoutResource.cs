namespace Muhtar.Pos.Checkout;

/// <summary>Marker for the till's strings: CheckoutResource.resx is Turkish (the default), CheckoutResource.en.resx English.</summary>
public sealed class CheckoutResource;
