using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Pos;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Identity;

namespace Muhtar.Loyalty.Api;

/// <summary>/api/v1/loyalty: the programme, earn rules, tiers and stamp cards. Reading needs loyalty.read, changing loyalty.manage.</summary>
internal static class SettingsEndpoints
{
    public static RouteGroupBuilder MapLoyaltySettingsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/programme", GetProgrammeAsync).WithName("GetLoyaltyProgramme").RequirePermission(Permissions.LoyaltyRead);
        group.MapPut("/programme", PutProgrammeAsync).WithName("PutLoyaltyProgramme").RequirePermission(Permissions.LoyaltyManage);

        group.MapGet("/earn-rules", ListRulesAsync).WithName("ListLoyaltyEarnRules").RequirePermission(Permissions.LoyaltyRead);
        group.MapPost("/earn-rules", CreateRuleAsync).WithName("CreateLoyaltyEarnRule").RequirePermission(Permissions.LoyaltyManage);
        group.MapPut("/earn-rules/{id:guid}", UpdateRuleAsync).WithName("UpdateLoyaltyEarnRule").RequirePermission(Permissions.LoyaltyManage);
        group.MapDelete("/earn-rules/{id:guid}", DeleteRuleAsync).WithName("DeleteLoyaltyEarnRule").RequirePermission(Permissions.LoyaltyManage);

        group.MapGet("/tiers", ListTiersAsync).WithName("ListLoyaltyTiers").RequirePermission(Permissions.LoyaltyRead);
        group.MapPost("/tiers", CreateTierAsync).WithName("CreateLoyaltyTier").RequirePermission(Permissions.LoyaltyManage);
        group.MapPut("/tiers/{id:guid}", UpdateTierAsync).WithName("UpdateLoyaltyTier").RequirePermission(Permissions.LoyaltyManage);
        group.MapDelete("/tiers/{id:guid}", DeleteTierAsync).WithName("DeleteLoyaltyTier").RequirePermission(Permissions.LoyaltyManage);

        group.MapGet("/stamp-cards", ListCardsAsync).WithName("ListLoyaltyStampCards").RequirePermission(Permissions.LoyaltyRead);
        group.MapGet("/stamp-cards/{id:guid}", GetCardAsync).WithName("GetLoyaltyStampCard").RequirePermission(Permissions.LoyaltyRead);
        group.MapPost("/stamp-cards", CreateCardAsync).WithName("CreateLoyaltyStampCard").RequirePermission(Permissions.LoyaltyManage);
        group.MapPut("/stamp-cards/{id:guid}", UpdateCardAsync).WithName("UpdateLoyaltyStampCard").RequirePermission(Permissions.LoyaltyManage);
        return group;
    }

    private static async Task<Ok<ProgrammeResponse>> GetProgrammeAsync(ProgrammeService programmes, CancellationToken ct) =>
        TypedResults.Ok(SettingsResponses.Programme(await programmes.GetAsync(ct)));

    private static async Task<Ok<ProgrammeResponse>> PutProgrammeAsync(
        ProgrammeRequest request, SettingsValidator validator, ProgrammeService programmes, CancellationToken ct)
    {
        await programmes.SaveAsync(validator.Programme(request), ct);
        return TypedResults.Ok(SettingsResponses.Programme(await programmes.GetAsync(ct)));
    }

    private static async Task<Ok<List<EarnRuleResponse>>> ListRulesAsync(ProgrammeService programmes, ICatalogReader catalog, CancellationToken ct) =>
        TypedResults.Ok(await SettingsResponses.RulesAsync(await programmes.RulesAsync(ct), catalog, ct));

    private static async Task<Created<EarnRuleResponse>> CreateRuleAsync(
        EarnRuleRequest request, SettingsValidator validator, ProgrammeService programmes, ICatalogReader catalog, CancellationToken ct)
    {
        var rule = (await programmes.SaveRuleAsync(null, await validator.RuleAsync(request, ct), ct))!;
        return TypedResults.Created($"/api/v1/loyalty/earn-rules/{rule.Id}", (await SettingsResponses.RulesAsync([rule], catalog, ct))[0]);
    }

    private static async Task<Results<Ok<EarnRuleResponse>, ProblemHttpResult>> UpdateRuleAsync(
        Guid id, EarnRuleRequest request, SettingsValidator validator, ProgrammeService programmes, ICatalogReader catalog,
        IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        if (!(await programmes.RulesAsync(ct)).Any(r => r.Id == id))
        {
            return NotFound(text);
        }

        var rule = await programmes.SaveRuleAsync(id, await validator.RuleAsync(request, ct), ct);
        return rule is null ? NotFound(text) : TypedResults.Ok((await SettingsResponses.RulesAsync([rule], catalog, ct))[0]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteRuleAsync(
        Guid id, ProgrammeService programmes, IStringLocalizer<LoyaltyResource> text, CancellationToken ct) =>
        await programmes.DeleteRuleAsync(id, ct) ? TypedResults.NoContent() : NotFound(text);

    private static async Task<Ok<List<TierResponse>>> ListTiersAsync(ProgrammeService programmes, CancellationToken ct) =>
        TypedResults.Ok((await programmes.TiersAsync(ct)).Select(SettingsResponses.Tier).ToList());

    private static async Task<Created<TierResponse>> CreateTierAsync(
        TierRequest request, SettingsValidator validator, ProgrammeService programmes, IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        var tier = (await programmes.SaveTierAsync(null, validator.Tier(request), text["Tier.NameTaken"], ct))!;
        return TypedResults.Created($"/api/v1/loyalty/tiers/{tier.Id}", SettingsResponses.Tier(tier));
    }

    private static async Task<Results<Ok<TierResponse>, ProblemHttpResult>> UpdateTierAsync(
        Guid id, TierRequest request, SettingsValidator validator, ProgrammeService programmes, IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        if (!(await programmes.TiersAsync(ct)).Any(t => t.Id == id))
        {
            return NotFound(text);
        }

        var tier = await programmes.SaveTierAsync(id, validator.Tier(request), text["Tier.NameTaken"], ct);
        return tier is null ? NotFound(text) : TypedResults.Ok(SettingsResponses.Tier(tier));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteTierAsync(
        Guid id, ProgrammeService programmes, IStringLocalizer<LoyaltyResource> text, CancellationToken ct) =>
        await programmes.DeleteTierAsync(id, ct) ? TypedResults.NoContent() : NotFound(text);

    private static async Task<Ok<List<StampCardResponse>>> ListCardsAsync(StampCardService cards, ICatalogReader catalog, CancellationToken ct) =>
        TypedResults.Ok(await SettingsResponses.CardsAsync(await cards.ListAsync(ct), catalog, ct));

    private static async Task<Results<Ok<StampCardResponse>, ProblemHttpResult>> GetCardAsync(
        Guid id, StampCardService cards, ICatalogReader catalog, IStringLocalizer<LoyaltyResource> text, CancellationToken ct) =>
        await cards.GetAsync(id, ct) is { } card ? TypedResults.Ok((await SettingsResponses.CardsAsync([card], catalog, ct))[0]) : NotFound(text);

    private static async Task<Created<StampCardResponse>> CreateCardAsync(
        StampCardRequest request, SettingsValidator validator, StampCardService cards, ICatalogReader catalog, CancellationToken ct)
    {
        var card = (await cards.SaveAsync(null, await validator.CardAsync(request, ct), ct))!;
        return TypedResults.Created($"/api/v1/loyalty/stamp-cards/{card.Id}", (await SettingsResponses.CardsAsync([card], catalog, ct))[0]);
    }

    private static async Task<Results<Ok<StampCardResponse>, ProblemHttpResult>> UpdateCardAsync(
        Guid id, StampCardRequest request, SettingsValidator validator, StampCardService cards, ICatalogReader catalog,
        IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        if (await cards.GetAsync(id, ct) is null)
        {
            return NotFound(text);
        }

        var card = await cards.SaveAsync(id, await validator.CardAsync(request, ct), ct);
        return card is null ? NotFound(text) : TypedResults.Ok((await SettingsResponses.CardsAsync([card], catalog, ct))[0]);
    }

    internal static ProblemHttpResult NotFound(IStringLocalizer<LoyaltyResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);
}
