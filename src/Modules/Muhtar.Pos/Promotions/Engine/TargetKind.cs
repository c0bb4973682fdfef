namespace Muhtar.Pos.Promotions.Engine;

/// <summary>Which lines a promotion looks at.</summary>
internal enum TargetKind
{
    AnyProduct,
    Product,
    Category,
    Brand,
    Tag,
}
