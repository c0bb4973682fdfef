namespace Muhtar.Customers.Search;

internal enum SearchTermKind
{
    None,
    Phone,
    Email,
    Text,
}
