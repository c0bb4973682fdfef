using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity.Api;

/// <summary>/api/v1/api-keys: the caller's business's keys (permission apikeys.manage).</summary>
internal static class ApiKeyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys").RequirePermission(Permissions.ApiKeysManage);
        keys.MapGet("/", ListAsync).WithName("ListApiKeys");
        keys.MapPost("/", CreateAsync).WithName("CreateApiKey");
        keys.MapPost("/{id:guid}/revoke", RevokeAsync).WithName("RevokeApiKey");
    }

    private static async Task<Ok<ListPage<ApiKeyResponse>>> ListAsync(
        int? page, int? pageSize, ApiKeyService keys, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        TypedResults.Ok(ListPaging.Page(await keys.ListAsync(ct), page, pageSize, ApiKeyResponse.From, l));

    /// <summary>The answer carries the key itself, once; it is never retrievable again.</summary>
    private static async Task<Created<CreatedApiKey>> CreateAsync(CreateApiKeyRequest request, ApiKeyService keys, ITenantContext tenant, CancellationToken ct)
    {
        var created = await keys.CreateAsync(tenant.TenantId, request.Name, request.Scopes, TillBinding.From(request.StoreCode, request.TillCode), ct);
        return TypedResults.Created($"/api/v1/api-keys/{created.Id}", created);
    }

    private static async Task<NoContent> RevokeAsync(Guid id, ApiKeyService keys, CancellationToken ct)
    {
        await keys.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }
}
