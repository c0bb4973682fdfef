using Microsoft.Extensions.Localization;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Search;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Api;

/// <summary>The API's paging rules: page from 1, pageSize from 1 to 200.</summary>
internal static class Paging
{
    public static (int Page, int PageSize) Check(int? page, int? pageSize, IStringLocalizer<CustomersResource> text)
    {
        if (page is < 1)
        {
            throw new RuleViolation("page", text["Validation.PageInvalid"]);
        }

        if (pageSize is < 1 or > CustomerListQuery.MaxPageSize)
        {
            throw new RuleViolation("pageSize", text["Validation.PageSizeInvalid", CustomerListQuery.MaxPageSize]);
        }

        return (page ?? 1, pageSize ?? CustomerListQuery.DefaultPageSize);
    }
}
