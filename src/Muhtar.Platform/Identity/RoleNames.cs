namespace Muhtar.Platform.Identity;

internal static class RoleNames
{
    /// <summary>The canonical role name for any casing of it ("owner" → "Owner"), or null when there is no such role.</summary>
    public static string? Canonical(string? role) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
