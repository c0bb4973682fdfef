using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Notes;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Api;

/// <summary>Notes, addresses and tags of one customer: /api/v1/customers/{id}/notes|addresses|tags.</summary>
internal static class CustomerChildEndpoints
{
    public static RouteGroupBuilder MapCustomerChildEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/notes", ListNotesAsync).WithName("ListCustomerNotes");
        group.MapPost("/{id:guid}/notes", AddNoteAsync).WithName("AddCustomerNote")
            .RequirePermission(Permissions.CustomersWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}/addresses", ListAddressesAsync).WithName("ListCustomerAddresses");
        group.MapPost("/{id:guid}/addresses", AddAddressAsync).WithName("AddCustomerAddress")
            .RequirePermission(Permissions.CustomersWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}/addresses/{addressId:guid}", RemoveAddressAsync).WithName("RemoveCustomerAddress")
            .RequirePermission(Permissions.CustomersWrite);
        group.MapPost("/{id:guid}/tags", AddTagAsync).WithName("AddCustomerTag")
            .RequirePermission(Permissions.CustomersWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}/tags/{tag}", RemoveTagAsync).WithName("RemoveCustomerTag")
            .RequirePermission(Permissions.CustomersWrite);
        return group;
    }

    private static async Task<Results<Ok<ListPage<NoteResponse>>, ProblemHttpResult>> ListNotesAsync(
        Guid id, int? page, int? pageSize, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Check(page, pageSize, text);
        return await service.ListNotesAsync(id, p, size, cancellationToken) is { } notes ? TypedResults.Ok(notes) : CustomerEndpoints.NotFound(text);
    }

    private static async Task<Results<Created<NoteResponse>, ProblemHttpResult>> AddNoteAsync(
        Guid id, NoteRequest request, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.AddNoteAsync(id, request, cancellationToken) is { } note
            ? TypedResults.Created($"/api/v1/customers/{id}/notes/{note.Id}", note)
            : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<IReadOnlyList<AddressResponse>>, ProblemHttpResult>> ListAddressesAsync(
        Guid id, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.ListAddressesAsync(id, cancellationToken) is { } addresses ? TypedResults.Ok(addresses) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Created<AddressResponse>, ProblemHttpResult>> AddAddressAsync(
        Guid id, AddressRequest request, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.AddAddressAsync(id, request, cancellationToken) is { } address
            ? TypedResults.Created($"/api/v1/customers/{id}/addresses/{address.Id}", address)
            : CustomerEndpoints.NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAddressAsync(
        Guid id, Guid addressId, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.RemoveAddressAsync(id, addressId, cancellationToken) is true ? TypedResults.NoContent() : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> AddTagAsync(
        Guid id, TagRequest request, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.AddTagAsync(id, request.Tag, cancellationToken) is { } customer ? TypedResults.Ok(customer) : CustomerEndpoints.NotFound(text);

    private static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> RemoveTagAsync(
        Guid id, string tag, CustomerService service, IStringLocalizer<CustomersResource> text, CancellationToken cancellationToken) =>
        await service.RemoveTagAsync(id, tag, cancellationToken) is { } customer ? TypedResults.Ok(customer) : CustomerEndpoints.NotFound(text);
}
