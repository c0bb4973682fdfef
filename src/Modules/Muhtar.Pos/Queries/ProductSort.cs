namespace Muhtar.Pos.Queries;

internal enum ProductSort
{
    NameAscending,
    NameDescending,
    PriceAscending,
    PriceDescending,
}
