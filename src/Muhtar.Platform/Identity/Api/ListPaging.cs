using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;

namespace Muhtar.Platform.Identity.Api;

/// <summary>Pages the short lists of this area (people, keys) in memory: a business has tens of them, not millions.</summary>
internal static class ListPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static ListPage<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> all, int? page, int? pageSize, Func<TIn, TOut> map, IStringLocalizer<SharedResource> l)
    {
        if (page is < 1)
        {
            throw new RuleViolation("page", l["Paging.PageInvalid"]);
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new RuleViolation("pageSize", l["Paging.PageSizeInvalid", MaxPageSize]);
        }

        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var items = all.Skip((p - 1) * size).Take(size).Select(map).ToList();
        return new ListPage<TOut>(items, p, size, all.Count);
    }
}
