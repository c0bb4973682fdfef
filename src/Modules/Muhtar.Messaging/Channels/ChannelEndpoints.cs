using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Channels;

/// <summary>/api/v1/messaging/channels: a business's channel set-up, read and saved without ever showing a secret, and a test send.</summary>
internal static class ChannelEndpoints
{
    public static IEndpointRouteBuilder MapChannelSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/messaging").WithTags("Messaging channels")
            .RequirePermission(Permissions.MessagingConfigure)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/providers", ListProviders).WithName("ListMessagingProviders");
        group.MapGet("/channels", ListAsync).WithName("ListMessagingChannels");
        group.MapGet("/channels/{channel}", GetAsync).WithName("GetMessagingChannel").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/channels/{channel}", SaveAsync).WithName("SaveMessagingChannel")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/channels/{channel}/test", TestAsync).WithName("TestMessagingChannel")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static Ok<List<ProviderResponse>> ListProviders() =>
        TypedResults.Ok(ProviderCatalog.All.Select(p => new ProviderResponse(
            p.Key, ChannelWire.Name(p.Channel), p.DisplayName,
            p.Settings.Select(s => new ProviderSettingResponse(s.Name, s.Required, s.Secret, s.DefaultValue, s.Choices)).ToList(),
            p.HasWebhook)).ToList());

    private static async Task<Ok<List<ChannelSettingsResponse>>> ListAsync(HttpRequest request, ChannelSettingsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(v => ToResponse(v, request)).ToList());

    private static async Task<Results<Ok<ChannelSettingsResponse>, ProblemHttpResult>> GetAsync(
        string channel, HttpRequest request, ChannelSettingsStore store, IStringLocalizer<ChannelsResource> text, CancellationToken cancellationToken)
    {
        if (!ChannelWire.TryParse(channel, out var parsed))
        {
            return UnknownChannel(text);
        }

        return await store.ViewAsync(parsed, cancellationToken) is { } view
            ? TypedResults.Ok(ToResponse(view, request))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotConfigured"]);
    }

    private static async Task<Results<Ok<ChannelSettingsResponse>, ProblemHttpResult>> SaveAsync(
        string channel, ChannelSettingsRequest body, HttpRequest request, ChannelSettingsStore store,
        IStringLocalizer<ChannelsResource> text, CancellationToken cancellationToken)
    {
        if (!ChannelWire.TryParse(channel, out var parsed))
        {
            return UnknownChannel(text);
        }

        try
        {
            var view = await store.SaveAsync(parsed, new ChannelSettingsInput(body.Provider, body.Enabled ?? true, body.Settings, body.WebhookSecret), cancellationToken);
            return TypedResults.Ok(ToResponse(view, request));
        }
        catch (ChannelValidationException invalid)
        {
            var errors = invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.Problem(new ValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = text["Problem.ValidationTitle"],
            });
        }
    }

    private static async Task<Results<Ok<ChannelTestResponse>, ProblemHttpResult>> TestAsync(
        string channel, ChannelTestRequest body, ChannelTestSender sender, IStringLocalizer<ChannelsResource> text, CancellationToken cancellationToken)
    {
        if (!ChannelWire.TryParse(channel, out var parsed))
        {
            return UnknownChannel(text);
        }

        var result = await sender.SendAsync(parsed, body.To, body.Text, cancellationToken);
        return TypedResults.Ok(new ChannelTestResponse(Outcome(result.Outcome), result.ProviderMessageId, result.Answer));
    }

    internal static string Outcome(ProviderSendOutcome outcome) => outcome switch
    {
        ProviderSendOutcome.Accepted => "accepted",
        ProviderSendOutcome.Duplicate => "duplicate",
        ProviderSendOutcome.RetryLater => "retryLater",
        _ => "rejected",
    };

    /// <summary>The URL a provider's panel needs for reports and replies, on the host the caller reached.</summary>
    internal static string WebhookUrl(string baseUri, string webhookKey) =>
        baseUri.TrimEnd('/') + MessagingWebhookRoute.Prefix + "/" + webhookKey;

    private static ChannelSettingsResponse ToResponse(ChannelSettingsView view, HttpRequest request) => new(
        ChannelWire.Name(view.Channel), view.ProviderKey, view.Enabled, view.Settings, view.SecretsSet, view.WebhookSecretSet,
        WebhookUrl($"{request.Scheme}://{request.Host}{request.PathBase}", view.WebhookKey), view.VerifyToken,
        new DateTimeOffset(view.UpdatedAt, TimeSpan.Zero));

    private static ProblemHttpResult UnknownChannel(IStringLocalizer<ChannelsResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.ChannelUnknown", string.Join(", ", ChannelWire.Names)]);
}
