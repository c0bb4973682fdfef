namespace Muhtar.Platform.Tenancy;

public static class MuhtarClaims
{
    public const string TenantId = "muhtar:tenant";
    public const string Actor = "muhtar:actor";
    public const string Scope = "muhtar:scope";
    public const string ApiKeyId = "muhtar:apikey";
    public const string DisplayName = "muhtar:name";

    /// <summary>On a till's API key bound to a store: the store code it may sell in (P1, P2).</summary>
    public const string StoreCode = "muhtar:store";

    /// <summary>On a till's API key bound to one till: that till's code.</summary>
    public const string TillCode = "muhtar:till";
}
