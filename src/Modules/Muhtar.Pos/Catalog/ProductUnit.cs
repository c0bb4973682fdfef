namespace Muhtar.Pos.Catalog;

/// <summary>How a product is sold: by the piece, or weighed by the kilogram (then a line's quantity has grams).</summary>
internal enum ProductUnit
{
    Piece,
    Kilogram,
}
