using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Integrations.Localization;
using Muhtar.Platform.Identity;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// /api/v1/webhooks: outgoing webhooks of the business (integrations.manage, API scope "webhooks"), their
/// recent deliveries and a manual redeliver; /api/v1/webhooks/signing-key is the secret automation calls are signed with.
/// </summary>
internal static class WebhookEndpoints
{
    private const string Root = "/api/v1/webhooks";

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root).WithTags("Webhooks")
            .RequirePermission(Permissions.IntegrationsManage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync).WithName("ListWebhooks");
        group.MapPost("/", CreateAsync).WithName("CreateWebhook")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetWebhook");
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateWebhook")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhook");
        group.MapPost("/{id:guid}/rotate-secret", RotateAsync).WithName("RotateWebhookSecret");
        group.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries");
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverAsync).WithName("RedeliverWebhook")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapGet("/calls", CallsAsync).WithName("ListWebhookCalls");
        group.MapPost("/calls/{deliveryId:guid}/redeliver", RedeliverCallAsync).WithName("RedeliverWebhookCall")
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapPost("/signing-key", SigningKeyAsync).WithName("GetWebhookSigningKey");
        group.MapPost("/signing-key/rotate", RotateSigningKeyAsync).WithName("RotateWebhookSigningKey");
        return endpoints;
    }

    private static ProblemHttpResult NotFound(IStringLocalizer<IntegrationsResource> text, string key = "Problem.WebhookNotFound") =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text[key]);

    private static async Task<Ok<WebhookList>> ListAsync(WebhookService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookList(await service.ListAsync(cancellationToken), WebhookEvents.All));

    private static async Task<Created<WebhookResponse>> CreateAsync(WebhookRequest request, WebhookService service, CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"{Root}/{created.Id}", created);
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetAsync(
        Guid id, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } webhook ? TypedResults.Ok(webhook) : NotFound(text);

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, WebhookRequest request, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, request, cancellationToken) is { } webhook ? TypedResults.Ok(webhook) : NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(text);

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> RotateAsync(
        Guid id, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.RotateSecretAsync(id, cancellationToken) is { } webhook ? TypedResults.Ok(webhook) : NotFound(text);

    private static async Task<Results<Ok<WebhookDeliveryList>, ProblemHttpResult>> DeliveriesAsync(
        Guid id, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.DeliveriesAsync(id, cancellationToken) is { } items ? TypedResults.Ok(new WebhookDeliveryList(items)) : NotFound(text);

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> RedeliverAsync(
        Guid id, Guid deliveryId, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.RedeliverAsync(id, deliveryId, cancellationToken) is { } delivery
            ? TypedResults.Accepted($"{Root}/{id}/deliveries", delivery)
            : NotFound(text, "Problem.DeliveryNotFound");

    private static async Task<Ok<WebhookDeliveryList>> CallsAsync(WebhookService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookDeliveryList((await service.DeliveriesAsync(null, cancellationToken))!));

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> RedeliverCallAsync(
        Guid deliveryId, WebhookService service, IStringLocalizer<IntegrationsResource> text, CancellationToken cancellationToken) =>
        await service.RedeliverAsync(null, deliveryId, cancellationToken) is { } delivery
            ? TypedResults.Accepted($"{Root}/calls", delivery)
            : NotFound(text, "Problem.DeliveryNotFound");

    private static async Task<Ok<WebhookSecretResponse>> SigningKeyAsync(WebhookService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookSecretResponse(await service.SigningSecretAsync(rotate: false, cancellationToken)));

    private static async Task<Ok<WebhookSecretResponse>> RotateSigningKeyAsync(WebhookService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookSecretResponse(await service.SigningSecretAsync(rotate: true, cancellationToken)));
}
