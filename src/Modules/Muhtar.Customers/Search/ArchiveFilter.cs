namespace Muhtar.Customers.Search;

/// <summary>Archived customers are hidden unless asked for.</summary>
internal enum ArchiveFilter
{
    Active,
    Archived,
    All,
}
