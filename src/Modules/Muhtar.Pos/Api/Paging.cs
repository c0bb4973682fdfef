using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Localization;

namespace Muhtar.Pos.Api;

/// <summary>Validated <c>page</c> (from 1) and <c>pageSize</c> (1..200, default 50) of a list request.</summary>
internal readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Refuses out-of-range values with a 422 problem naming the parameter, rather than guessing.</summary>
    public static Paging From(int? page, int? pageSize, IStringLocalizer<PosResource> l)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            throw new RuleViolation("page", l["Paging.PageInvalid"]);
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw new RuleViolation("pageSize", l["Paging.PageSizeInvalid", MaxPageSize]);
        }

        return new Paging(p, size);
    }
}
