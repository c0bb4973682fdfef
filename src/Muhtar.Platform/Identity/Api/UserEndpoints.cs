using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;

namespace Muhtar.Platform.Identity.Api;

/// <summary>/api/v1/users: the people of the caller's business (permission users.manage).</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequirePermission(Permissions.UsersManage);
        users.MapGet("/", ListAsync).WithName("ListUsers");
        users.MapGet("/{id:guid}", GetAsync).WithName("GetUser");
        users.MapPost("/", AddAsync).WithName("AddUser");
        users.MapPatch("/{id:guid}/role", ChangeRoleAsync).WithName("ChangeUserRole");
        users.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("DeactivateUser");
    }

    private static async Task<Ok<ListPage<UserResponse>>> ListAsync(
        int? page, int? pageSize, UserAdministration users, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        TypedResults.Ok(ListPaging.Page(await users.ListAsync(ct), page, pageSize, UserResponse.From, l));

    private static async Task<Ok<UserResponse>> GetAsync(Guid id, UserAdministration users, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var user = (await users.ListAsync(ct)).SingleOrDefault(u => u.Id == id) ?? throw new RuleViolation("id", l["Users.NotFound"], 404);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static async Task<Created<AddedUserResponse>> AddAsync(AddUserRequest request, UserAdministration users, CancellationToken ct)
    {
        AddedUserResponse added;
        if (request.Password is { Length: > 0 } password)
        {
            added = new AddedUserResponse(await users.CreateUserAsync(request.Email, request.DisplayName, request.Role, password, ct), null, null);
        }
        else
        {
            var invitation = await users.InviteAsync(request.Email, request.DisplayName, request.Role, ct);
            added = new AddedUserResponse(invitation.UserId, invitation.AcceptPath, invitation.ExpiresAt);
        }

        return TypedResults.Created($"/api/v1/users/{added.Id}", added);
    }

    private static async Task<NoContent> ChangeRoleAsync(Guid id, ChangeRoleRequest request, UserAdministration users, CancellationToken ct)
    {
        await users.ChangeRoleAsync(id, request.Role, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeactivateAsync(Guid id, UserAdministration users, CancellationToken ct)
    {
        await users.DeactivateAsync(id, ct);
        return TypedResults.NoContent();
    }
}
