using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Search;

/// <summary>What the customer list shows: a search, filters, an order and a page.</summary>
internal sealed record CustomerListQuery
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public string? Search { get; init; }

    public CustomerKind? Kind { get; init; }

    public string? Tag { get; init; }

    public ArchiveFilter Archived { get; init; } = ArchiveFilter.Active;

    public bool? HasPhone { get; init; }

    /// <summary>Only the contacts of this company.</summary>
    public Guid? ParentCompanyId { get; init; }

    /// <summary>Conditions on custom fields (<see cref="CustomFields.CustomFieldFilterReader"/>), all of which must hold.</summary>
    public IReadOnlyList<CustomFields.CustomFieldFilter> CustomFields { get; init; } = [];

    public CustomerSort Sort { get; init; } = CustomerSort.Name;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
