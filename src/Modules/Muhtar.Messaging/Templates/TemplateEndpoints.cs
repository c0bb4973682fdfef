using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// /api/v1/messaging/templates: whoever sees messages may read templates; writing and previewing them (which
/// reads a customer's data) needs messaging.templates (Owner, Manager, Marketer).
/// </summary>
internal static class TemplateEndpoints
{
    private const string Root = "/api/v1/messaging/templates";

    public static IEndpointRouteBuilder MapTemplateRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root, ListAsync).WithName("ListMessageTemplates").WithDefaults(Permissions.MessagingRead);
        endpoints.MapPost(Root, CreateAsync).WithName("CreateMessageTemplate").WithDefaults(Permissions.MessagingTemplates)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        var group = endpoints.MapGroup(Root);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetMessageTemplate").WithDefaults(Permissions.MessagingRead);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateMessageTemplate").WithDefaults(Permissions.MessagingTemplates)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteMessageTemplate").WithDefaults(Permissions.MessagingTemplates);
        group.MapPost("/{id:guid}/preview", PreviewAsync).WithName("PreviewMessageTemplate").WithDefaults(Permissions.MessagingTemplates)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static RouteHandlerBuilder WithDefaults(this RouteHandlerBuilder builder, string permission) =>
        builder.WithTags("Messaging")
            .RequirePermission(permission)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static ProblemHttpResult NotFound(IStringLocalizer<TemplatesResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Template.Unknown"]);

    private static async Task<Ok<IReadOnlyList<TemplateResponse>>> ListAsync(
        TemplateService templates, IStringLocalizer<TemplatesResource> text, string? channel, bool? archived, CancellationToken cancellationToken)
    {
        MessageChannel? only = null;
        if (!string.IsNullOrWhiteSpace(channel))
        {
            only = TemplateNames.TryChannel(channel, out var parsed) ? parsed : throw new RuleViolation("channel", text["Template.ChannelInvalid"]);
        }

        return TypedResults.Ok(await templates.ListAsync(only, archived ?? false, cancellationToken));
    }

    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetAsync(
        Guid id, TemplateService templates, IStringLocalizer<TemplatesResource> text, CancellationToken cancellationToken) =>
        await templates.GetAsync(id, cancellationToken) is { } template ? TypedResults.Ok(template) : NotFound(text);

    private static async Task<Created<TemplateResponse>> CreateAsync(TemplateRequest request, TemplateService templates, CancellationToken cancellationToken)
    {
        var template = await templates.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"{Root}/{template.Id}", template);
    }

    private static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, TemplateRequest request, TemplateService templates, IStringLocalizer<TemplatesResource> text, CancellationToken cancellationToken) =>
        await templates.UpdateAsync(id, request, cancellationToken) is { } template ? TypedResults.Ok(template) : NotFound(text);

    /// <summary>204 when deleted; 200 with the archived template when messages used it.</summary>
    private static async Task<Results<NoContent, Ok<TemplateResponse>, ProblemHttpResult>> DeleteAsync(
        Guid id, TemplateService templates, IStringLocalizer<TemplatesResource> text, CancellationToken cancellationToken) =>
        await templates.RemoveAsync(id, cancellationToken) switch
        {
            TemplateRemoval.Deleted => TypedResults.NoContent(),
            TemplateRemoval.Archived when await templates.GetAsync(id, cancellationToken) is { } archived => TypedResults.Ok(archived),
            _ => NotFound(text),
        };

    private static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> PreviewAsync(
        Guid id, PreviewRequest request, TemplateService templates, IStringLocalizer<TemplatesResource> text, CancellationToken cancellationToken) =>
        await templates.PreviewAsync(id, request, cancellationToken) is { } preview ? TypedResults.Ok(preview) : NotFound(text);
}
