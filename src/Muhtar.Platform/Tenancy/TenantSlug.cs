using System.Text.RegularExpressions;

namespace Muhtar.Platform.Tenancy;

/// <summary>A business's short handle: lower-case a–z, digits and hyphens, 3–64 characters, e.g. "kuafor-ayse".</summary>
public static partial class TenantSlug
{
    public const int MinLength = 3;
    public const int MaxLength = 64;

    /// <summary>Trims and lower-cases (invariant: a slug is ASCII) and returns null when the result is not a valid slug.</summary>
    public static string? Normalize(string? input)
    {
        var slug = (input ?? "").Trim().ToLowerInvariant();
        return slug.Length is >= MinLength and <= MaxLength && Shape().IsMatch(slug) ? slug : null;
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
