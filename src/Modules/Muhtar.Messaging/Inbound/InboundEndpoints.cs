using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Messaging.Channels;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Inbound;

/// <summary>GET /api/v1/messaging/inbound: the inbox over the API, newest first.</summary>
internal static class InboundEndpoints
{
    public static IEndpointRouteBuilder MapInboundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/messaging/inbound", ListAsync).WithTags("Messaging inbox").WithName("ListInboundMessages")
            .RequirePermission(Permissions.MessagingRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Ok<InboundPage>> ListAsync(
        int? page, int? pageSize, string? channel, bool? optOut, InboundInbox inbox, IStringLocalizer<ChannelsResource> text,
        CancellationToken cancellationToken)
    {
        Abstractions.Messaging.MessageChannel? only = null;
        if (!string.IsNullOrEmpty(channel))
        {
            only = ChannelWire.TryParse(channel, out var parsed)
                ? parsed
                : throw new RuleViolation("channel", text["Problem.ChannelUnknown", string.Join(", ", ChannelWire.Names)]);
        }

        return TypedResults.Ok(await inbox.ListAsync(page, pageSize, only, optOut ?? false, cancellationToken));
    }
}
