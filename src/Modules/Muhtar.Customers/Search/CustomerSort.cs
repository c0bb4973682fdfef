namespace Muhtar.Customers.Search;

/// <summary>List orders; each is served by an index and ends with the id so pages never overlap.</summary>
internal enum CustomerSort
{
    Name,
    NameDescending,
    CreatedAt,
    CreatedAtDescending,
    UpdatedAt,
    UpdatedAtDescending,
}
