using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Consent.Iys;
using Muhtar.Consent.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Consent.Api;

/// <summary>
/// /api/v1/consent/iys: what is owed to the national consent registry, as a list with deadlines, as the
/// registry's file (CSV or JSON), and marking lines as sent. <c>recordedUntil</c> pins the set, so what
/// was exported is exactly what gets marked.
/// </summary>
internal static class IysEndpoints
{
    public static IEndpointRouteBuilder MapIysEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/consent/iys").WithTags("Consents")
            .RequirePermission(Permissions.ConsentReport)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/pending", PendingAsync).WithName("ListIysPending");
        group.MapGet("/export", ExportAsync).WithName("ExportIysPending")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/reported", MarkAsync).WithName("MarkIysReported")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Ok<IysPendingList>> PendingAsync(DateTimeOffset? recordedUntil, IysQueue queue, CancellationToken cancellationToken)
    {
        var pending = await queue.PendingAsync(recordedUntil?.UtcDateTime, cancellationToken: cancellationToken);
        return TypedResults.Ok(new IysPendingList(pending.Select(p => new IysPendingResponse(
            p.Id, p.CustomerId, p.Row, new DateTimeOffset(p.DecidedAt), p.LastDay, new DateTimeOffset(p.DueBy), p.Overdue)).ToList()));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? format, DateTimeOffset? recordedUntil, IysQueue queue, TimeProvider time, IStringLocalizer<ConsentResource> text,
        CancellationToken cancellationToken)
    {
        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "json"))
        {
            throw new RuleViolation("format", text["Validation.FormatUnknown"]);
        }

        var rows = (await queue.PendingAsync(recordedUntil?.UtcDateTime, cancellationToken: cancellationToken)).Select(p => p.Row).ToList();
        var stamp = TurkishBusinessCalendar.LocalTime(time.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return kind == "csv"
            ? TypedResults.File(Encoding.UTF8.GetBytes(IysQueue.ToCsv(rows)), "text/csv; charset=utf-8", $"iys-{stamp}.csv")
            : TypedResults.File(Encoding.UTF8.GetBytes(IysQueue.ToJson(rows)), "application/json; charset=utf-8", $"iys-{stamp}.json");
    }

    private static async Task<Ok<IysMarkedResponse>> MarkAsync(IysMarkRequest request, IysQueue queue, CancellationToken cancellationToken) =>
        TypedResults.Ok(new IysMarkedResponse(await queue.MarkReportedAsync(request.Ids ?? [], cancellationToken)));
}

internal sealed record IysPendingList(IReadOnlyList<IysPendingResponse> Items);

internal sealed record IysPendingResponse(
    Guid Id, Guid CustomerId, IysRow Iys, DateTimeOffset DecidedAt, DateOnly LastDay, DateTimeOffset DueBy, bool Overdue);

internal sealed record IysMarkRequest(IReadOnlyList<Guid>? Ids);

internal sealed record IysMarkedResponse(int Marked);
