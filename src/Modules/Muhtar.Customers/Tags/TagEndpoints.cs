using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Tags;

/// <summary>/api/v1/customer-tags: the business's tags with their colours; defining them needs customers.configure.</summary>
internal static class TagEndpoints
{
    private const string Root = "/api/v1/customer-tags";

    public static IEndpointRouteBuilder MapTagEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root, ListAsync).WithName("ListCustomerTags").WithDefaults(Permissions.CustomersRead);
        endpoints.MapPost(Root, CreateAsync).WithName("CreateCustomerTag").WithDefaults(Permissions.CustomersConfigure)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        var group = endpoints.MapGroup(Root);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateCustomerTag").WithDefaults(Permissions.CustomersConfigure)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteCustomerTag").WithDefaults(Permissions.CustomersConfigure);
        return endpoints;
    }

    private static RouteHandlerBuilder WithDefaults(this RouteHandlerBuilder builder, string permission) =>
        builder.WithTags("Customers")
            .RequirePermission(permission)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static ProblemHttpResult NotFound(IStringLocalizer<CustomFieldsResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.TagNotFound"]);

    private static async Task<Ok<IReadOnlyList<TagResponse>>> ListAsync(TagCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(cancellationToken));

    private static async Task<Created<TagResponse>> CreateAsync(TagDefinitionRequest request, TagCatalog catalog, CancellationToken cancellationToken)
    {
        var tag = await catalog.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"{Root}/{tag.Id}", tag);
    }

    private static async Task<Results<Ok<TagResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, TagDefinitionRequest request, TagCatalog catalog, IStringLocalizer<CustomFieldsResource> text, CancellationToken cancellationToken) =>
        await catalog.UpdateAsync(id, request, cancellationToken) is { } tag ? TypedResults.Ok(tag) : NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, TagCatalog catalog, IStringLocalizer<CustomFieldsResource> text, CancellationToken cancellationToken) =>
        await catalog.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(text);
}
