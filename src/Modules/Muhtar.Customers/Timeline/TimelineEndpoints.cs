using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Api;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Timeline;

/// <summary>GET /api/v1/customers/{id}/timeline?cursor=&amp;pageSize= → { items, nextCursor }, newest first.</summary>
internal static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimelineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/customers/{id:guid}/timeline", ReadAsync).WithName("GetCustomerTimeline").WithTags("Customers")
            .RequirePermission(Permissions.CustomersRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Results<Ok<TimelineResponse>, ProblemHttpResult>> ReadAsync(
        Guid id, string? cursor, int? pageSize, ClaimsPrincipal user, CustomerTimeline timeline,
        IStringLocalizer<TimelineResource> text, IStringLocalizer<CustomersResource> customerText, CancellationToken cancellationToken)
    {
        if (pageSize is < 1 or > TimelineFeed.MaxPageSize)
        {
            throw new RuleViolation("pageSize", text["Validation.PageSize", TimelineFeed.MaxPageSize]);
        }

        TimelineCursor? before = null;
        if (!string.IsNullOrEmpty(cursor) && !TimelineCursorText.TryRead(cursor, out before))
        {
            throw new RuleViolation("cursor", text["Validation.Cursor"]);
        }

        var page = await timeline.ReadAsync(id, before, pageSize ?? TimelineFeed.DefaultPageSize, user, cancellationToken);
        return page is null
            ? CustomerEndpoints.NotFound(customerText)
            : TypedResults.Ok(new TimelineResponse(
                page.Items.Select(e => new TimelineItemResponse(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), e.Kind, e.Title, e.Detail, e.Href, e.Actor)).ToList(),
                page.Next is { } next ? TimelineCursorText.Write(next) : null));
    }
}

internal sealed record TimelineResponse(IReadOnlyList<TimelineItemResponse> Items, string? NextCursor);

internal sealed record TimelineItemResponse(string Id, DateTimeOffset At, string Kind, string Title, string? Detail, string? Href, string? Actor);
