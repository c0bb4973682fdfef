using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// /api/v1/custom-fields: anyone who reads customers can list the definitions (to understand
/// <c>customFields</c>); defining them needs customers.configure (Owner, Manager).
/// </summary>
internal static class CustomFieldEndpoints
{
    private const string Root = "/api/v1/custom-fields";

    public static IEndpointRouteBuilder MapCustomFieldEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root, ListAsync).WithName("ListCustomFields").WithDefaults(Permissions.CustomersRead);
        endpoints.MapPost(Root, CreateAsync).WithName("CreateCustomField").WithDefaults(Permissions.CustomersConfigure)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        var group = endpoints.MapGroup(Root);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetCustomField").WithDefaults(Permissions.CustomersRead);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateCustomField").WithDefaults(Permissions.CustomersConfigure)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteCustomField").WithDefaults(Permissions.CustomersConfigure);
        return endpoints;
    }

    private static RouteHandlerBuilder WithDefaults(this RouteHandlerBuilder builder, string permission) =>
        builder.WithTags("Customers")
            .RequirePermission(permission)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static ProblemHttpResult NotFound(IStringLocalizer<CustomFieldsResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.FieldNotFound"]);

    private static async Task<Ok<IReadOnlyList<CustomFieldResponse>>> ListAsync(CustomFieldCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAllAsync(cancellationToken));

    private static async Task<Results<Ok<CustomFieldResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CustomFieldCatalog catalog, IStringLocalizer<CustomFieldsResource> text, CancellationToken cancellationToken) =>
        await catalog.GetAsync(id, cancellationToken) is { } field ? TypedResults.Ok(field) : NotFound(text);

    private static async Task<Created<CustomFieldResponse>> CreateAsync(CustomFieldRequest request, CustomFieldCatalog catalog, CancellationToken cancellationToken)
    {
        var field = await catalog.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"{Root}/{field.Id}", field);
    }

    private static async Task<Results<Ok<CustomFieldResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, CustomFieldRequest request, CustomFieldCatalog catalog, IStringLocalizer<CustomFieldsResource> text, CancellationToken cancellationToken) =>
        await catalog.UpdateAsync(id, request, cancellationToken) is { } field ? TypedResults.Ok(field) : NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, CustomFieldCatalog catalog, IStringLocalizer<CustomFieldsResource> text, CancellationToken cancellationToken) =>
        await catalog.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(text);
}
