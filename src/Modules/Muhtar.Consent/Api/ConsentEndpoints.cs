using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Consent.Ledger;
using Muhtar.Consent.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Consent.Api;

/// <summary>/api/v1/customers/{id}/consents: the ledger of one customer, read and appended to.</summary>
internal static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapCustomerConsentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/customers/{id:guid}/consents").WithTags("Consents")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", GetAsync).WithName("GetCustomerConsents").RequirePermission(Permissions.ConsentRead);
        group.MapPost("", RecordAsync).WithName("RecordCustomerConsents").RequirePermission(Permissions.ConsentWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Results<Ok<ConsentsResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ConsentLedger ledger, IStringLocalizer<ConsentResource> text, CancellationToken cancellationToken) =>
        await ledger.OverviewAsync(id, cancellationToken) is { } overview ? TypedResults.Ok(ConsentsResponse.From(overview)) : NotFound(text);

    private static async Task<Results<Created<ConsentsResponse>, ProblemHttpResult>> RecordAsync(
        Guid id, ConsentRequest request, ConsentLedger ledger, TimeProvider time, IStringLocalizer<ConsentResource> text,
        CancellationToken cancellationToken)
    {
        if (await ledger.OverviewAsync(id, cancellationToken) is null)
        {
            return NotFound(text);
        }

        var now = time.GetUtcNow();
        var indexed = request.Decisions is not null;
        var items = request.Decisions
            ?? [new ConsentItemRequest(request.Channel, request.Status, request.Source, request.DecidedAt, request.Evidence)];
        var decisions = items.Select((item, i) => Parse(id, item, indexed ? $"decisions[{i}]." : "", now, text)).ToList();
        await ledger.AppendAsync(decisions, indexed, cancellationToken);
        var overview = await ledger.OverviewAsync(id, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{id}/consents", ConsentsResponse.From(overview!));
    }

    private static ConsentDecision Parse(Guid customerId, ConsentItemRequest item, string prefix, DateTimeOffset now, IStringLocalizer<ConsentResource> text)
    {
        if (!ConsentWire.TryChannel(item.Channel, out var channel))
        {
            throw new RuleViolation(prefix + "channel", text["Validation.ChannelUnknownApi", string.Join(", ", ConsentWire.ChannelNames)]);
        }

        if (!ConsentWire.TryStatus(item.Status, out var status))
        {
            throw new RuleViolation(prefix + "status", text["Validation.StatusUnknownApi"]);
        }

        var source = ConsentSource.Api;
        if (item.Source is not null && !ConsentWire.TrySource(item.Source, out source))
        {
            throw new RuleViolation(prefix + "source", text["Validation.SourceUnknownApi", string.Join(", ", ConsentWire.SourceNames)]);
        }

        return new ConsentDecision(customerId, channel, status, source, (item.DecidedAt ?? now).UtcDateTime, item.Evidence);
    }

    internal static ProblemHttpResult NotFound(IStringLocalizer<ConsentResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.CustomerNotFound"]);
}
