using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Import;

/// <summary>
/// /api/v1/customers/imports: upload (multipart field <c>file</c>, optional <c>delimiter</c> and <c>encoding</c>),
/// read (progress), map, dry run, run, and the rejected rows (JSON or CSV). Everything needs customers.import.
/// </summary>
internal static class ImportEndpoints
{
    public const string Root = "/api/v1/customers/imports";

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root).WithTags("Customer imports")
            .RequirePermission(Permissions.CustomersImport)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        endpoints.MapPost(Root, UploadAsync).WithName("UploadCustomerImport").WithTags("Customer imports")
            .RequirePermission(Permissions.CustomersImport)
            // No Accepts<IFormFile>: its content-type filter would answer 415 before authentication does.
            .WithDescription("multipart/form-data with the file in field 'file'; optional fields 'delimiter' (; , tab) and 'encoding' (utf-8, windows-1254).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        endpoints.MapGet(Root, ListAsync).WithName("ListCustomerImports").WithTags("Customer imports")
            .RequirePermission(Permissions.CustomersImport);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetCustomerImport");
        group.MapPut("/{id:guid}/mapping", MapAsync).WithName("MapCustomerImport")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/dry-run", DryRunAsync).WithName("DryRunCustomerImport")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/run", RunAsync).WithName("RunCustomerImport")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/rejections", RejectionsAsync).WithName("ListCustomerImportRejections");
        group.MapGet("/{id:guid}/rejections.csv", RejectionsCsvAsync).WithName("DownloadCustomerImportRejections");
        return endpoints;
    }

    private static async Task<Created<ImportResponse>> UploadAsync(
        HttpRequest request, CustomerImportService service, ImportFileStore files, IOptions<ImportOptions> options,
        IStringLocalizer<ImportResource> text, CancellationToken cancellationToken)
    {
        // Room for the file plus the multipart framing; the store enforces the exact file limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxFileBytes + (1024 * 1024);
        }

        if (!request.HasFormContentType)
        {
            throw new RuleViolation("file", text["File.Missing"], StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw files.TooLarge();
        }
        catch (InvalidDataException)
        {
            throw files.TooLarge();
        }

        var file = form.Files.GetFile("file") ?? throw new RuleViolation("file", text["File.Missing"]);
        await using var content = file.OpenReadStream();
        var import = await service.UploadAsync(content, file.FileName, form["delimiter"].FirstOrDefault(), form["encoding"].FirstOrDefault(), cancellationToken);
        return TypedResults.Created($"{Root}/{import.Id}", import);
    }

    private static async Task<Ok<IReadOnlyList<ImportResponse>>> ListAsync(CustomerImportService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CustomerImportService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } import ? TypedResults.Ok(import) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> MapAsync(
        Guid id, ImportMappingRequest body, CustomerImportService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.SetMappingAsync(id, body.Columns, cancellationToken) is { } import ? TypedResults.Ok(import) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Accepted<ImportResponse>, ProblemHttpResult>> DryRunAsync(
        Guid id, CustomerImportService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.StartDryRunAsync(id, cancellationToken) is { } import ? TypedResults.Accepted($"{Root}/{id}", import) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Accepted<ImportResponse>, ProblemHttpResult>> RunAsync(
        Guid id, CustomerImportService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.StartRunAsync(id, cancellationToken) is { } import ? TypedResults.Accepted($"{Root}/{id}", import) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<ListPage<ImportRejectionResponse>>, ProblemHttpResult>> RejectionsAsync(
        Guid id, bool? dryRun, int? page, int? pageSize, CustomerImportService service, IStringLocalizer<CustomersResource> text,
        CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Check(page, pageSize, text);
        return await service.ListRejectionsAsync(id, dryRun ?? false, p, size, cancellationToken) is { } rows ? TypedResults.Ok(rows) : CustomerEndpoints.NotFound(text);
    }

    private static async Task<IResult> RejectionsCsvAsync(
        Guid id, bool? dryRun, HttpContext context, CustomerImportService service, IStringLocalizer<CustomersResource> text,
        CancellationToken cancellationToken)
    {
        var name = await service.RejectionsFileNameAsync(id, cancellationToken);
        if (name is null)
        {
            return CustomerEndpoints.NotFound(text);
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = name }.ToString();
        await service.WriteRejectionsAsync(id, dryRun ?? false, context.Response.Body, cancellationToken);
        return Results.Empty;
    }
}
