using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;

namespace Muhtar.Pos.Catalog;

/// <summary>
/// A sellable item (P3). The barcode is unique per business: it is what tills scan and send.
/// Attributes that segmentation and recommendations filter on (M1, A5) are plain columns (colour,
/// size) and a child table of tags (<see cref="ProductTag"/>: "organik", "vegan", "glutensiz").
/// </summary>
internal sealed class Product : ITenantScoped, IAudited
{
    private readonly List<ProductTag> _tags = [];

    private Product()
    {
    }

    public Product(ProductDraft draft, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Update(draft, now);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Barcode { get; private set; } = "";

    /// <summary>The business's own stock code (stok kodu), when it has one.</summary>
    public string? Sku { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Folded name (<see cref="TurkishText.Fold"/>) that search compares; derived, not audited.</summary>
    public string NameKey { get; private set; } = "";

    /// <summary>Orders by name in Turkish alphabetical order under any collation; derived, not audited.</summary>
    public string SortKey { get; private set; } = "";

    public Guid CategoryId { get; private set; }

    public Guid? BrandId { get; private set; }

    public Guid? SupplierId { get; private set; }

    /// <summary>Shelf price in kuruş, per piece or per kilogram (<see cref="Unit"/>).</summary>
    public long PriceKurus { get; private set; }

    public long CostKurus { get; private set; }

    public ProductUnit Unit { get; private set; }

    public string? Colour { get; private set; }

    public string? Size { get; private set; }

    public IReadOnlyList<ProductTag> Tags => _tags;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Withdrawn from sale: hidden from lists and pickers, but old receipts still show it by name.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>Tags as stored: trimmed, Turkish lower case, no blanks or repeats, in order.</summary>
    public static IReadOnlyList<string> NormalTags(IEnumerable<string> tags) =>
        tags.Select(ProductTag.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>True when <paramref name="draft"/> says exactly what the product already says (and it is on sale).</summary>
    public bool Matches(ProductDraft draft) =>
        !IsArchived && Barcode == draft.Barcode && Sku == draft.Sku && Name == draft.Name && CategoryId == draft.CategoryId
        && BrandId == draft.BrandId && SupplierId == draft.SupplierId && PriceKurus == draft.PriceKurus
        && CostKurus == draft.CostKurus && Unit == draft.Unit && Colour == draft.Colour && Size == draft.Size
        && NormalTags(draft.Tags).SequenceEqual(_tags.Select(t => t.Tag).Order(StringComparer.Ordinal));

    /// <summary>
    /// Takes every value of <paramref name="draft"/>; only what differs is marked changed, so the audit trail
    /// records exactly the fields that moved (a price change is one row). A product sent again is on sale again.
    /// </summary>
    public void Update(ProductDraft draft, DateTime now)
    {
        Barcode = draft.Barcode;
        Sku = draft.Sku;
        Name = draft.Name;
        NameKey = TurkishText.Fold(draft.Name);
        SortKey = TurkishText.SortKey(draft.Name);
        CategoryId = draft.CategoryId;
        BrandId = draft.BrandId;
        SupplierId = draft.SupplierId;
        PriceKurus = draft.PriceKurus;
        CostKurus = draft.CostKurus;
        Unit = draft.Unit;
        Colour = draft.Colour;
        Size = draft.Size;
        IsArchived = false;
        var wanted = NormalTags(draft.Tags);
        _tags.RemoveAll(t => !wanted.Contains(t.Tag, StringComparer.Ordinal));
        foreach (var tag in wanted.Where(w => !_tags.Exists(t => t.Tag == w)))
        {
            _tags.Add(new ProductTag(Id, tag));
        }

        UpdatedAt = now;
    }

    public void Archive(DateTime now)
    {
        IsArchived = true;
        UpdatedAt = now;
    }

    public void Restore(DateTime now)
    {
        IsArchived = false;
        UpdatedAt = now;
    }
}
