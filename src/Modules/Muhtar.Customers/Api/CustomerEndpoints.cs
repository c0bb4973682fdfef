using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Duplicates;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Api;

/// <summary>
/// /api/v1/customers (../shared/API.md). Reading needs customers.read (set on the group); each change
/// names its own permission. Rule violations surface as 409/422 problems naming the field.
/// </summary>
internal static class CustomerEndpoints
{
    private const string Root = "/api/v1/customers";

    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The collection itself is mapped outside the group so its path is exactly /api/v1/customers
        // (a group's "" route would be documented and matched as /api/v1/customers/).
        endpoints.MapGet(Root, ListAsync).WithName("ListCustomers").WithCustomerDefaults()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapPost(Root, CreateAsync).WithName("CreateCustomer").WithCustomerDefaults()
            .RequirePermission(Permissions.CustomersWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);

        var group = endpoints.MapGroup(Root).WithCustomerDefaults();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetCustomer");
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateCustomer")
            .RequirePermission(Permissions.CustomersWrite)
            .Accepts<CustomerRequest>("application/merge-patch+json", "application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/archive", ArchiveAsync).WithName("ArchiveCustomer").RequirePermission(Permissions.CustomersArchive);
        group.MapPost("/{id:guid}/unarchive", UnarchiveAsync).WithName("UnarchiveCustomer").RequirePermission(Permissions.CustomersArchive);
        group.MapGet("/{id:guid}/contacts", ListContactsAsync).WithName("ListCustomerContacts");
        group.MapGet("/{id:guid}/audit", ListAuditAsync).WithName("GetCustomerAudit").RequirePermission(Permissions.AuditRead);
        group.MapCustomerChildEndpoints();
        return endpoints;
    }

    internal static ProblemHttpResult NotFound(IStringLocalizer<CustomersResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);

    /// <summary>What every customer endpoint shares: its OpenAPI tag, the read permission (changes add their own) and auth problems.</summary>
    private static TBuilder WithCustomerDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags("Customers")
            .RequirePermission(Permissions.CustomersRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<ListPage<CustomerResponse>>> ListAsync(
        [AsParameters] CustomerListParameters parameters, HttpRequest request, CustomFieldFilterReader customFilters, CustomerService service,
        IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery(text) with
        {
            CustomFields = await customFilters.ReadAsync(
                request.Query.Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())), CultureInfo.InvariantCulture, cancellationToken),
        };
        return TypedResults.Ok(await service.ListAsync(query, cancellationToken));
    }

    private static async Task<Created<CustomerResponse>> CreateAsync(
        CustomerRequest request, bool? checkDuplicates, CustomerService service, DuplicateService duplicates, CancellationToken cancellationToken)
    {
        if (checkDuplicates == true)
        {
            await duplicates.ThrowIfLooksLikeExistingAsync(request, cancellationToken);
        }

        var customer = await service.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
    }

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } customer ? TypedResults.Ok(customer) : NotFound(text);

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, HttpRequest request, CustomerPatchReader reader, CustomerService service, IStringLocalizer<CustomersResource> text,
        CancellationToken cancellationToken)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw new RuleViolation("body", text["Validation.BodyNotJson"], StatusCodes.Status400BadRequest);
        }

        using (body)
        {
            var patch = reader.Read(body.RootElement);
            return await service.UpdateAsync(id, patch, cancellationToken) is { } customer ? TypedResults.Ok(customer) : NotFound(text);
        }
    }

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> ArchiveAsync(
        Guid id, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.ArchiveAsync(id, cancellationToken) is { } customer ? TypedResults.Ok(customer) : NotFound(text);

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> UnarchiveAsync(
        Guid id, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.UnarchiveAsync(id, cancellationToken) is { } customer ? TypedResults.Ok(customer) : NotFound(text);

    private static async Task<Results<Ok<ListPage<CustomerResponse>>, ProblemHttpResult>> ListContactsAsync(
        Guid id, int? page, int? pageSize, string? sort, CustomerService service, IStringLocalizer<CustomersResource> text,
        CancellationToken cancellationToken)
    {
        var query = new CustomerListParameters(null, page, pageSize, sort, null, null, null, null).ToQuery(text, parentCompanyId: id);
        if (await service.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(text);
        }

        return TypedResults.Ok(await service.ListAsync(query, cancellationToken));
    }

    private static async Task<Results<Ok<ListPage<AuditEntryResponse>>, ProblemHttpResult>> ListAuditAsync(
        Guid id, int? page, int? pageSize, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Check(page, pageSize, text);
        return await service.ListAuditAsync(id, p, size, cancellationToken) is { } audit ? TypedResults.Ok(audit) : NotFound(text);
    }
}
