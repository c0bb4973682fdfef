using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Pos.Checkout;

/// <summary>The till's API (../shared/API.md "Point of sale"): lookup, enrol, evaluate, receipts, returns, claim.</summary>
internal static class CheckoutEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapTillEndpoints(this RouteGroupBuilder pos)
    {
        var till = pos.MapGroup("").RequirePermission(Permissions.PosSell);
        till.MapGet("/lookup", LookupAsync).WithName("PosLookup")
            .WithSummary("The customer at the till by phone (any form), card or e-mail, with points, stamp cards, coupons and a hint")
            .ProducesValidationProblem(StatusCodes.Status404NotFound);
        till.MapPost("/enrol", EnrolAsync).WithName("PosEnrol").ProducesValidationProblem(StatusCodes.Status409Conflict);
        till.MapPost("/evaluate", EvaluateAsync).WithName("PosEvaluate").WithSummary("Prices a basket (promotions, points); no side effects")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        till.MapPost("/receipts", PostReceiptAsync).WithName("PosPostReceipt")
            .WithSummary("Stores a receipt with its promotions and points; Idempotency-Key required")
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        till.MapPost("/receipts/{id:guid}/claim", ClaimAsync).WithName("PosClaimReceipt")
            .WithSummary("Adds an anonymous receipt to the account of the customer with this phone")
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict);
        till.MapPost("/returns", ReturnAsync).WithName("PosReturn")
            .WithSummary("Goods of a receipt or online order given back; refunds the net share and reverses points")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return pos;
    }

    private static async Task<Ok<LookupResponse>> LookupAsync(string? phone, string? card, string? email, CustomerLookup lookup, CancellationToken ct) =>
        TypedResults.Ok(await lookup.FindAsync(phone, card, email, ct));

    private static async Task<Created<LookupResponse>> EnrolAsync(EnrolRequest request, TillEnrolment enrolment, CancellationToken ct)
    {
        var enrolled = await enrolment.EnrolAsync(request, ct);
        return TypedResults.Created($"/api/v1/customers/{enrolled.Customer.Id}", enrolled);
    }

    private static async Task<Ok<EvaluationResponse>> EvaluateAsync(
        BasketRequest request, BasketReader baskets, CheckoutPricing pricing, TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        var basket = await baskets.ReadAsync(request, user, ct);
        var priced = await pricing.PriceAsync(basket, time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(priced.ToEvaluation());
    }

    private static async Task<Created<ReceiptPostedResponse>> PostReceiptAsync(
        ReceiptRequest request, HttpContext http, ReceiptPosting posting, IStringLocalizer<CheckoutResource> text, CancellationToken ct)
    {
        // The platform middleware gives the key Stripe's semantics; here it is simply not optional.
        if (string.IsNullOrWhiteSpace(http.Request.Headers[IdempotencyHeader]))
        {
            throw new RuleViolation(IdempotencyHeader, text["IdempotencyKey.Required"], StatusCodes.Status400BadRequest);
        }

        var sale = await posting.PostAsync(request, http.User, ct);
        return TypedResults.Created($"/api/v1/pos/receipts/{sale.ReceiptId}", sale.ToResponse());
    }

    private static async Task<Ok<ClaimResponse>> ClaimAsync(Guid id, ClaimRequest request, ReceiptClaims claims, CancellationToken ct) =>
        TypedResults.Ok(await claims.ClaimAsync(id, request, ct));

    private static async Task<Created<ReturnResponse>> ReturnAsync(ReturnRequest request, ReturnPosting returns, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await returns.PostAsync(request, user, ct);
        return TypedResults.Created($"/api/v1/pos/returns/{result.ReturnId}", result);
    }
}
