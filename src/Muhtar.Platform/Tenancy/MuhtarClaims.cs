namespace Muhtar.Platform.Tenancy;

public static class MuhtarClaims
{
    public const string TenantId = "muhtar:tenant";
    public const string Actor = "muhtar:actor";
    public const string Scope = "muhtar:scope";
    public const string ApiKeyId = "muhtar:apikey";
    public const string DisplayName = "muhtar:name";
}
