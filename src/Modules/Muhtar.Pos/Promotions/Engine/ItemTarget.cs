using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Promotions.Engine;

/// <summary>A set of basket lines: every product, one product, a category, a brand, or products with a tag.</summary>
internal sealed record ItemTarget(TargetKind Kind, Guid? Id = null, string? Tag = null)
{
    public static ItemTarget Any { get; } = new(TargetKind.AnyProduct);

    public bool Matches(PromotionLine line) => Kind switch
    {
        TargetKind.AnyProduct => true,
        TargetKind.Product => line.ProductId is { } p && p == Id,
        TargetKind.Category => line.CategoryId is { } c && c == Id,
        TargetKind.Brand => line.BrandId is { } b && b == Id,
        TargetKind.Tag => Tag is { } tag && line.Tags.Any(t => string.Equals(ProductTag.Normalize(t), tag, StringComparison.Ordinal)),
        _ => false,
    };
}
