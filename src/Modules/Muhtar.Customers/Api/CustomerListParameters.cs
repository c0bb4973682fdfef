using Microsoft.Extensions.Localization;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Search;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Api;

/// <summary>
/// Query string of GET /api/v1/customers: <c>search</c>, <c>page</c> (from 1), <c>pageSize</c> (≤ 200),
/// <c>sort</c> (name, -name, createdAt, -createdAt, updatedAt, -updatedAt), <c>kind</c> (person|company),
/// <c>tag</c>, <c>archived</c> (false = default, true, all), <c>hasPhone</c>.
/// </summary>
internal sealed record CustomerListParameters(
    string? Search,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Kind,
    string? Tag,
    string? Archived,
    bool? HasPhone)
{
    private static readonly Dictionary<string, CustomerSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = CustomerSort.Name,
        ["-name"] = CustomerSort.NameDescending,
        ["createdAt"] = CustomerSort.CreatedAt,
        ["-createdAt"] = CustomerSort.CreatedAtDescending,
        ["updatedAt"] = CustomerSort.UpdatedAt,
        ["-updatedAt"] = CustomerSort.UpdatedAtDescending,
    };

    public CustomerListQuery ToQuery(IStringLocalizer<CustomersResource> text, Guid? parentCompanyId = null)
    {
        var (page, pageSize) = Paging.Check(Page, PageSize, text);
        var sort = CustomerSort.Name;
        if (!string.IsNullOrWhiteSpace(Sort) && !Sorts.TryGetValue(Sort.Trim(), out sort))
        {
            throw new RuleViolation("sort", text["Validation.SortInvalid", string.Join(", ", Sorts.Keys)]);
        }

        CustomerKind? kind = Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "person" => CustomerKind.Person,
            "company" => CustomerKind.Company,
            _ => throw new RuleViolation("kind", text["Validation.KindInvalid"]),
        };
        var archived = Archived?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" => ArchiveFilter.Active,
            "true" => ArchiveFilter.Archived,
            "all" => ArchiveFilter.All,
            _ => throw new RuleViolation("archived", text["Validation.ArchivedInvalid"]),
        };
        return new CustomerListQuery
        {
            Search = Search,
            Kind = kind,
            Tag = Tag,
            Archived = archived,
            HasPhone = HasPhone,
            ParentCompanyId = parentCompanyId,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
    }
}
