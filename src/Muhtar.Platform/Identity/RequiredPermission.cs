namespace Muhtar.Platform.Identity;

/// <summary>Endpoint metadata naming the permission an endpoint needs; the security tests read it.</summary>
public sealed record RequiredPermission(string Permission);
