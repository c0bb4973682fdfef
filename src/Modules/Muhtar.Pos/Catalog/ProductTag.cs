using System.Globalization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Catalog;

/// <summary>
/// One tag of a product ("organik", "vegan", "glutensiz"). A row per tag, so "bought anything vegan"
/// or "never meat to a vegan" is an indexed join on both databases rather than a LIKE over a list.
/// </summary>
internal sealed class ProductTag : ITenantScoped
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    private ProductTag()
    {
    }

    public ProductTag(Guid productId, string tag)
    {
        ProductId = productId;
        Tag = tag;
    }

    public Guid TenantId { get; private set; }

    public Guid ProductId { get; private set; }

    /// <summary>Trimmed, Turkish lower case ("Şekersiz" → "şekersiz"): queries normalise the same way.</summary>
    public string Tag { get; private set; } = "";

    public static string Normalize(string tag) => tag.Trim().ToLower(Turkish);
}
