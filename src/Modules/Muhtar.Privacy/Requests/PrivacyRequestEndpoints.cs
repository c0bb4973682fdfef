using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Privacy.Export;
using Muhtar.Privacy.Localization;

namespace Muhtar.Privacy.Requests;

/// <summary>/api/v1/privacy/requests: KVKK data-subject requests. Everything needs privacy.manage (Owner, Manager, "privacy" key scope).</summary>
internal static class PrivacyRequestEndpoints
{
    private const string Root = "/api/v1/privacy/requests";

    public static IEndpointRouteBuilder MapPrivacyRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root, ListAsync).WithName("ListPrivacyRequests").WithPrivacyDefaults()
            .WithSummary("Data-subject requests ordered by due date; filter by status (open|completed|rejected), customerId or overdue=true")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapPost(Root, CreateAsync).WithName("CreatePrivacyRequest").WithPrivacyDefaults()
            .WithSummary("Records a request; dueOn = requestedOn + 30 days (KVKK Art. 13)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        var group = endpoints.MapGroup(Root).WithPrivacyDefaults();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPrivacyRequest");
        group.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CompletePrivacyRequest")
            .WithSummary("Answers the request; for an erasure, anonymises the person everywhere in one transaction (irreversible)")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reject", RejectAsync).WithName("RejectPrivacyRequest")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/export", ExportAsync).WithName("ExportPrivacyRequest")
            .WithSummary("Everything held about the person: format=json (default) or html (printable, save as PDF)")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static TBuilder WithPrivacyDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags("Privacy (KVKK)")
            .RequirePermission(Permissions.PrivacyManage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static ProblemHttpResult NotFound(IStringLocalizer<PrivacyResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);

    private static async Task<Ok<PrivacyRequestPage>> ListAsync(string? status, Guid? customerId, bool? overdue, int? page, int? pageSize,
        PrivacyRequestService service, IStringLocalizer<PrivacyResource> text, CancellationToken cancellationToken)
    {
        PrivacyRequestStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            wanted = PrivacyRequestNames.Statuses.TryGetValue(status, out var s) ? s : throw new RuleViolation("status", text["Validation.StatusInvalid"]);
        }

        return TypedResults.Ok(await service.ListAsync(wanted, customerId, overdue == true, page ?? 1, pageSize ?? 50, cancellationToken));
    }

    private static async Task<Created<PrivacyRequestResponse>> CreateAsync(CreatePrivacyRequest body, PrivacyRequestService service,
        CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(body, cancellationToken);
        return TypedResults.Created($"{Root}/{created.Id}", created);
    }

    private static async Task<Results<Ok<PrivacyRequestResponse>, ProblemHttpResult>> GetAsync(Guid id, PrivacyRequestService service,
        IStringLocalizer<PrivacyResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } request ? TypedResults.Ok(request) : NotFound(text);

    private static async Task<Results<Ok<PrivacyRequestResponse>, ProblemHttpResult>> CompleteAsync(Guid id, PrivacyRequestService service,
        IStringLocalizer<PrivacyResource> text, CancellationToken cancellationToken) =>
        await service.CompleteAsync(id, cancellationToken) is { } request ? TypedResults.Ok(request) : NotFound(text);

    private static async Task<Results<Ok<PrivacyRequestResponse>, ProblemHttpResult>> RejectAsync(Guid id, RejectPrivacyRequest body,
        PrivacyRequestService service, IStringLocalizer<PrivacyResource> text, CancellationToken cancellationToken) =>
        await service.RejectAsync(id, body, cancellationToken) is { } request ? TypedResults.Ok(request) : NotFound(text);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(Guid id, string? format, PrivacyRequestService service,
        PersonalDataExport export, ExportHtmlRenderer renderer, IStringLocalizer<PrivacyResource> text, HttpContext http,
        CancellationToken cancellationToken)
    {
        var html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
        if (!html && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolation("format", text["Validation.FormatInvalid"]);
        }

        if (await service.GetAsync(id, cancellationToken) is not { } request)
        {
            return NotFound(text);
        }

        service.EnsureExportable(request);
        var document = await export.GatherAsync(request.Id, request.CustomerId, cancellationToken);
        await service.RecordExportAsync(request.Id, html ? "html" : "json", cancellationToken);
        var file = $"kvkk-{request.CustomerId:N}.{(html ? "html" : "json")}";
        http.Response.Headers.ContentDisposition = $"{(html ? "inline" : "attachment")}; filename=\"{file}\"";
        // The page is data only: no scripts, nothing loaded from elsewhere, even if a value slipped past encoding.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return html
            ? TypedResults.Content(renderer.Render(document), "text/html", Encoding.UTF8)
            : TypedResults.Content(PersonalDataExport.ToJson(document), "application/json", Encoding.UTF8);
    }
}
