using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Muhtar.Platform.Identity;
using Muhtar.WorkOrders.Arrivals;

namespace Muhtar.WorkOrders.Api;

/// <summary>
/// /api/v1/arrivals: who would hear that a product arrived, and the one tap that tells them. Sending
/// commercial SMS to many customers needs messaging.send, not just the work-orders permission.
/// </summary>
internal static class ArrivalEndpoints
{
    public static IEndpointRouteBuilder MapArrivalApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/arrivals").WithTags("Arrivals")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/matches", MatchesAsync).WithName("ListArrivalMatches").RequirePermission(Permissions.MessagingSend)
            .WithSummary("Customers whose preference notes or tags mention the product or tag (Turkish casing ignored)");
        group.MapPost("", AnnounceAsync).WithName("AnnounceArrival").RequirePermission(Permissions.MessagingSend)
            .WithSummary("Marks the product as arrived today and queues one commercial (consent-checked) SMS per matching customer, once per day");
        return endpoints;
    }

    private static async Task<Ok<ArrivalMatchesResponse>> MatchesAsync(string? term, ArrivalService arrivals, CancellationToken ct)
    {
        var matches = await arrivals.MatchAsync(term, ct);
        return TypedResults.Ok(new ArrivalMatchesResponse(term?.Trim() ?? "",
            matches.Select(m => new ArrivalMatchResponse(m.Customer.Id, m.Customer.DisplayName, m.Customer.Phone, m.MatchedOn)).ToList()));
    }

    private static async Task<Ok<ArrivalResponse>> AnnounceAsync(AnnounceArrivalRequest request, ArrivalService arrivals, CancellationToken ct)
    {
        var result = await arrivals.AnnounceAsync(request.Term, ct);
        return TypedResults.Ok(new ArrivalResponse(result.Arrival.Id, result.Arrival.Term, result.Arrival.Day,
            result.Matched, result.Queued, result.AlreadyQueued, result.Blocked, result.NoPhone));
    }
}

internal sealed record AnnounceArrivalRequest(string? Term);

internal sealed record ArrivalMatchResponse(Guid CustomerId, string Name, string? Phone, string MatchedOn);

internal sealed record ArrivalMatchesResponse(string Term, IReadOnlyList<ArrivalMatchResponse> Customers);

internal sealed record ArrivalResponse(Guid Id, string Term, DateOnly Day, int Matched, int Queued, int AlreadyQueued, int Blocked, int NoPhone);
