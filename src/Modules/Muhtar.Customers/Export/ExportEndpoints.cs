using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Api;
using Muhtar.Customers.Import;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Export;

/// <summary>
/// GET /api/v1/customers/export?format=csv|xlsx&amp;delimiter=;|,&amp; plus the list's own parameters (search, kind,
/// tag, archived, hasPhone, sort). Needs customers.export: the file is personal data of every listed customer.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/customers/export", ExportAsync).WithName("ExportCustomers").WithTags("Customers")
            .RequirePermission(Permissions.CustomersExport)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: CustomerExporter.ContentType(ExportFormat.Xlsx))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task ExportAsync(
        string? format, string? delimiter, [AsParameters] CustomerListParameters parameters, HttpContext context, CustomerExporter exporter,
        IStringLocalizer<CustomersResource> customersText, IStringLocalizer<ImportResource> text, CancellationToken cancellationToken)
    {
        var kind = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => ExportFormat.Csv,
            "xlsx" or "excel" => ExportFormat.Xlsx,
            _ => throw new RuleViolation("format", text["Export.FormatInvalid"]),
        };
        var separator = delimiter switch
        {
            null or "" or ";" => ";",
            "," => ",",
            _ => throw new RuleViolation("delimiter", text["File.DelimiterInvalid"]),
        };

        // Paging does not apply to an export: every matching customer is written.
        var query = (parameters with { Page = null, PageSize = null }).ToQuery(customersText);
        context.Response.ContentType = CustomerExporter.ContentType(kind);
        context.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = exporter.FileName(kind) }.ToString();
        await exporter.WriteAsync(query, kind, separator, context.Response.Body, cancellationToken);
    }
}
