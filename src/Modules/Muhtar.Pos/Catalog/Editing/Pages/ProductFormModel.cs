using System.Globalization;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;

namespace Muhtar.Pos.Catalog.Editing.Pages;

/// <summary>What the product editor's inputs hold: text as typed, money in Turkish ("189,90") or plain ("189.90") notation.</summary>
internal sealed class ProductFormModel
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public string? Barcode { get; set; }

    public string? Sku { get; set; }

    public string? Name { get; set; }

    public string? CategoryId { get; set; }

    public string? BrandId { get; set; }

    public string? SupplierId { get; set; }

    public string? Price { get; set; }

    public string? Cost { get; set; }

    public string Unit { get; set; } = "piece";

    public string? Colour { get; set; }

    public string? Size { get; set; }

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }

    public bool IsArchived { get; set; }

    public static ProductFormModel From(ProductForm p) => new()
    {
        Barcode = p.Barcode,
        Sku = p.Sku,
        Name = p.Name,
        CategoryId = p.CategoryId.ToString(),
        BrandId = p.BrandId?.ToString(),
        SupplierId = p.SupplierId?.ToString(),
        Price = (p.PriceKurus / 100m).ToString("0.00", Turkish),
        Cost = (p.CostKurus / 100m).ToString("0.00", Turkish),
        Unit = p.Unit == ProductUnit.Kilogram ? "kg" : "piece",
        Colour = p.Colour,
        Size = p.Size,
        Tags = string.Join(", ", p.Tags),
        IsArchived = p.IsArchived,
    };

    /// <summary>Unreadable amounts are refused here, naming the field, before the service checks the rest.</summary>
    public ProductRequest ToRequest(IStringLocalizer<CatalogEditingResource> text) => new(
        Barcode ?? "",
        Sku ?? "",
        Name ?? "",
        Guid.TryParse(CategoryId, out var category) ? category : null,
        Guid.TryParse(BrandId, out var brand) ? brand : null,
        Guid.TryParse(SupplierId, out var supplier) ? supplier : null,
        Lira(Price, "price", text),
        string.IsNullOrWhiteSpace(Cost) ? 0m : Lira(Cost, "cost", text),
        Unit,
        Colour ?? "",
        Size ?? "",
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static decimal? Lira(string? typed, string field, IStringLocalizer<CatalogEditingResource> text)
    {
        var value = typed?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("₺", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // "1.234,50" and "189,90" are Turkish; "189.90" (one dot, no comma, two decimals) is read as a decimal point.
        var plain = !value.Contains(',', StringComparison.Ordinal) && value.Count(c => c == '.') == 1 && value.Length - value.IndexOf('.', StringComparison.Ordinal) <= 3;
        if (decimal.TryParse(value, NumberStyles.Number, plain ? CultureInfo.InvariantCulture : Turkish, out var lira))
        {
            return lira;
        }

        throw new RuleViolation(field, text["Editor.AmountUnreadable"]);
    }
}
