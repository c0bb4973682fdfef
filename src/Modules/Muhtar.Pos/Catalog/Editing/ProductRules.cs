using Microsoft.Extensions.Localization;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>
/// Checks and cleans one product's values the same way for the bulk sync, the API and the editor page:
/// text trimmed (blank optional text is null), money from decimal TRY to kuruş, tags normalised.
/// </summary>
internal sealed class ProductRules(IStringLocalizer<CatalogEditingResource> l)
{
    public const int MaxBarcode = 64;
    public const int MaxSku = 64;
    public const int MaxName = 300;
    public const int MaxCatalogName = 200;
    public const int MaxAttribute = 50;
    public const int MaxTags = 20;

    /// <summary>Ten million lira: far above any shelf price, low enough to catch a price sent in kuruş by mistake twice over.</summary>
    public const decimal MaxPrice = 10_000_000m;

    public string Barcode(string? value, string field, FieldErrors errors)
    {
        var barcode = Required(value, MaxBarcode, field, errors);
        if (barcode.Any(char.IsWhiteSpace))
        {
            errors.Add(field, l["Barcode.Spaces"]);
        }

        return barcode;
    }

    public string Required(string? value, int max, string field, FieldErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(field, l["Field.Required"]);
        }
        else if (text.Length > max)
        {
            errors.Add(field, l["Field.TooLong", max]);
        }

        return text;
    }

    public string? Optional(string? value, int max, string field, FieldErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > max)
        {
            errors.Add(field, l["Field.TooLong", max]);
        }

        return text;
    }

    /// <summary>Lira with at most two decimals, 0 to <see cref="MaxPrice"/>, as kuruş; a missing required price is an error.</summary>
    public long Money(decimal? value, bool required, string field, FieldErrors errors)
    {
        if (value is not { } lira)
        {
            if (required)
            {
                errors.Add(field, l["Field.Required"]);
            }

            return 0;
        }

        if (lira < 0 || lira > MaxPrice || decimal.Round(lira, 2) != lira)
        {
            errors.Add(field, l["Money.Invalid", MaxPrice.ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("tr-TR"))]);
            return 0;
        }

        return (long)(lira * 100);
    }

    /// <summary>"piece" (the default) or "kg", in any casing.</summary>
    public ProductUnit Unit(string? value, string field, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "piece":
                return ProductUnit.Piece;
            case "kg":
                return ProductUnit.Kilogram;
            default:
                errors.Add(field, l["Unit.Invalid"]);
                return ProductUnit.Piece;
        }
    }

    public IReadOnlyList<string> Tags(IReadOnlyList<string?>? value, string field, FieldErrors errors)
    {
        var tags = Product.NormalTags((value ?? []).Select(t => t ?? ""));
        if (tags.Count > MaxTags)
        {
            errors.Add(field, l["Tags.TooMany", MaxTags]);
        }

        if (tags.Any(t => t.Length > MaxAttribute))
        {
            errors.Add(field, l["Tags.TooLong", MaxAttribute]);
        }

        return tags;
    }
}
