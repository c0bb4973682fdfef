using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Programme;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Loyalty.Api;

/// <summary>/api/v1/loyalty/customers/{id}: a customer's standing, ledger and manual adjustments.
/// Another business's customer id is a 404 like an unknown one.</summary>
internal static class CustomerEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapLoyaltyCustomerEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/customers/{id:guid}", GetAsync).WithName("GetLoyaltyCustomer").RequirePermission(Permissions.LoyaltyRead);
        group.MapGet("/customers/{id:guid}/ledger", LedgerAsync).WithName("GetLoyaltyLedger").RequirePermission(Permissions.LoyaltyRead);
        group.MapPost("/customers/{id:guid}/adjustments", AdjustAsync).WithName("AdjustLoyaltyPoints").RequirePermission(Permissions.LoyaltyManage)
            .WithSummary("Adds or removes points with a reason; send an Idempotency-Key to make a retry safe");
        return group;
    }

    private static async Task<Results<Ok<CustomerLoyaltyResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ICustomerDirectory customers, ILoyaltyAccounts accounts, ProgrammeService programmes, IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is null)
        {
            return NotFound(text);
        }

        var status = await accounts.GetStatusAsync(id, ct);
        var benefits = status.Tier is null ? null : (await programmes.TiersAsync(ct)).FirstOrDefault(t => t.Name == status.Tier)?.Benefits;
        return TypedResults.Ok(new CustomerLoyaltyResponse(id, status.Balance, LoyaltyWire.Try(status.BalanceValueKurus), status.Tier, benefits,
            status.StampCards.Select(c => new StampCardStatusResponse(c.Id, c.Name, c.Stamps, c.Required, c.RewardReady)).ToList()));
    }

    private static async Task<Results<Ok<LedgerListResponse>, ProblemHttpResult>> LedgerAsync(
        Guid id, int? page, int? pageSize, ICustomerDirectory customers, PointAdjustments ledger, IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1)
        {
            throw new RuleViolation("page", text["Paging.PageInvalid"]);
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw new RuleViolation("pageSize", text["Paging.PageSizeInvalid", MaxPageSize]);
        }

        if (await customers.GetAsync(id, ct) is null)
        {
            return NotFound(text);
        }

        var result = await ledger.PageAsync(id, (p - 1) * size, size, ct);
        return TypedResults.Ok(new LedgerListResponse(result.Items.Select(Entry).ToList(), p, size, result.Total));
    }

    private static async Task<Results<Created<AdjustmentResponse>, ProblemHttpResult>> AdjustAsync(
        Guid id, AdjustmentRequest request, ICustomerDirectory customers, PointAdjustments ledger, IStringLocalizer<LoyaltyResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is null)
        {
            return NotFound(text);
        }

        var (entry, balance) = await ledger.AdjustAsync(id, request.Points ?? 0, request.Reason, ct);
        return TypedResults.Created($"/api/v1/loyalty/customers/{id}/ledger", new AdjustmentResponse(Entry(entry), balance));
    }

    internal static LedgerEntryResponse Entry(PointEntry e) => new(
        e.Id, LoyaltyWireKinds.Name(e.Kind), e.Points, e.ShortfallPoints, e.SourceKind, e.SourceId, e.ReceiptId,
        LoyaltyWire.Instant(e.OccurredAt), LoyaltyWire.Instant(e.RecordedAt), LoyaltyWire.Instant(e.ExpiresAt), e.Reason, e.EnteredBy);

    private static ProblemHttpResult NotFound(IStringLocalizer<LoyaltyResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.CustomerNotFound"]);
}
