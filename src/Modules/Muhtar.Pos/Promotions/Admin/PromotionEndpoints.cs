using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Identity;
using Muhtar.Pos.Api;
using Muhtar.Pos.Localization;

namespace Muhtar.Pos.Promotions.Admin;

/// <summary>/api/v1/pos/promotions and /api/v1/pos/coupons: the promotion engine's set-up (permission pos.promotions).</summary>
internal static class PromotionEndpoints
{
    public static RouteGroupBuilder MapPromotionAdminEndpoints(this RouteGroupBuilder pos)
    {
        var promotions = pos.MapGroup("/promotions").WithTags("Promotions").RequirePermission(Permissions.PosPromotions)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        promotions.MapGet("", ListAsync).WithName("ListPromotions");
        promotions.MapPost("", CreateAsync).WithName("CreatePromotion").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        promotions.MapGet("/{id:guid}", GetAsync).WithName("GetPromotion").ProducesProblem(StatusCodes.Status404NotFound);
        promotions.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePromotion")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        promotions.MapPost("/{id:guid}/pause", (Guid id, PromotionAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
            SetPausedAsync(id, true, admin, text, ct)).WithName("PausePromotion").ProducesProblem(StatusCodes.Status404NotFound);
        promotions.MapPost("/{id:guid}/resume", (Guid id, PromotionAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
            SetPausedAsync(id, false, admin, text, ct)).WithName("ResumePromotion").ProducesProblem(StatusCodes.Status404NotFound);

        var coupons = pos.MapGroup("/coupons").WithTags("Promotions").RequirePermission(Permissions.PosPromotions)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        coupons.MapGet("", ListCouponsAsync).WithName("ListCoupons")
            .WithSummary("Coupons newest first, with their redemptions; filter by promotion or customer");
        coupons.MapPost("", CreateCouponsAsync).WithName("CreateCoupons")
            .WithSummary("A batch of random codes (count) or one chosen code").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        coupons.MapGet("/{id:guid}", GetCouponAsync).WithName("GetCoupon").ProducesProblem(StatusCodes.Status404NotFound);
        return pos;
    }

    private static async Task<Ok<ListResponse<PromotionResponse>>> ListAsync(
        int? page, int? pageSize, PromotionAdmin admin, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var (items, total) = await admin.ListAsync(paging.Skip, paging.PageSize, ct);
        return TypedResults.Ok(new ListResponse<PromotionResponse>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Created<PromotionResponse>> CreateAsync(PromotionRequest request, PromotionAdmin admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/pos/promotions/{created.Id}", created);
    }

    private static async Task<Results<Ok<PromotionResponse>, ProblemHttpResult>> GetAsync(
        Guid id, PromotionAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
        await admin.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : NotFound(text, "Problem.PromotionNotFound");

    private static async Task<Results<Ok<PromotionResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, PromotionRequest request, PromotionAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
        await admin.GetAsync(id, ct) is null
            ? NotFound(text, "Problem.PromotionNotFound")
            : await admin.UpdateAsync(id, request, ct) is { } p ? TypedResults.Ok(p) : NotFound(text, "Problem.PromotionNotFound");

    private static async Task<Results<Ok<PromotionResponse>, ProblemHttpResult>> SetPausedAsync(
        Guid id, bool paused, PromotionAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
        await admin.SetPausedAsync(id, paused, ct) is { } p ? TypedResults.Ok(p) : NotFound(text, "Problem.PromotionNotFound");

    private static async Task<Ok<ListResponse<CouponResponse>>> ListCouponsAsync(
        Guid? promotionId, Guid? customerId, int? page, int? pageSize, CouponAdmin admin, IStringLocalizer<PosResource> l, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize, l);
        var (items, total) = await admin.ListAsync(promotionId, customerId, paging.Skip, paging.PageSize, ct);
        return TypedResults.Ok(new ListResponse<CouponResponse>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Created<CouponBatchResponse>> CreateCouponsAsync(CouponRequest request, CouponAdmin admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/pos/coupons?promotionId={request.PromotionId}", new CouponBatchResponse(created));
    }

    private static async Task<Results<Ok<CouponResponse>, ProblemHttpResult>> GetCouponAsync(
        Guid id, CouponAdmin admin, IStringLocalizer<PromotionsResource> text, CancellationToken ct) =>
        await admin.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : NotFound(text, "Problem.CouponNotFound");

    private static ProblemHttpResult NotFound(IStringLocalizer<PromotionsResource> text, string key) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text[key]);
}
