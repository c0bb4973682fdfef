namespace Muhtar.Platform.Tenancy;

/// <summary>A new business and its owner (I6).</summary>
public sealed record SignUpRequest(string BusinessName, string Slug, string OwnerName, string OwnerEmail, string Password);

public sealed record SignUpResult(Guid TenantId, Guid OwnerUserId);
