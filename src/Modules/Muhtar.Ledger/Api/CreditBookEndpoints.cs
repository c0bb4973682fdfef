using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Ledger.Book;
using Muhtar.Ledger.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Ledger.Api;

/// <summary>/api/v1/credit-book: entries, a customer's account, debtors, reminders, statements and settings. Another business's ids are 404s.</summary>
internal static class CreditBookEndpoints
{
    public static IEndpointRouteBuilder MapCreditBookApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/credit-book").WithTags("CreditBook")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/entries", PostAsync).WithName("PostCreditEntry").RequirePermission(Permissions.CreditBook);
        group.MapPost("/entries/{id:guid}/reverse", ReverseAsync).WithName("ReverseCreditEntry").RequirePermission(Permissions.CreditBook);
        group.MapGet("/customers/{id:guid}", AccountAsync).WithName("GetCreditAccount").RequirePermission(Permissions.CreditBook);
        group.MapPost("/customers/{id:guid}/reminders", RemindAsync).WithName("SendCreditReminder").RequirePermission(Permissions.CreditBook);
        group.MapGet("/debtors", DebtorsAsync).WithName("ListDebtors").RequirePermission(Permissions.CreditBook);
        group.MapStatementEndpoints();
        group.MapSettingsEndpoints();
        return endpoints;
    }

    private static async Task<Created<PostedResponse>> PostAsync(
        PostEntryRequest request, CustomerLookup lookup, CreditBook book, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        var kind = request.Kind switch
        {
            "charge" => CreditEntryKind.Charge,
            "payment" => CreditEntryKind.Payment,
            _ => throw new RuleViolation("kind", text["Entry.KindInvalid"]),
        };
        if (request.Amount is not { } amount || decimal.Round(amount, 2) != amount)
        {
            throw new RuleViolation("amount", text["Entry.AmountInvalid"]);
        }

        var customer = await lookup.ResolveAsync(request.CustomerId, request.Phone, request.Enrol == true, ct);
        var entry = await book.PostAsync(customer.Id, kind, (long)(amount * 100), request.Note, ct);
        var balance = await book.BalanceAsync(customer.Id, ct);
        return TypedResults.Created($"/api/v1/credit-book/customers/{customer.Id}", new PostedResponse(EntryResponse.From(entry), balance / 100m));
    }

    private static async Task<Results<Created<PostedResponse>, ProblemHttpResult>> ReverseAsync(
        Guid id, CreditBook book, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        var reversal = await book.ReverseAsync(id, ct);
        if (reversal is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.EntryNotFound"]);
        }

        var balance = await book.BalanceAsync(reversal.CustomerId, ct);
        return TypedResults.Created($"/api/v1/credit-book/customers/{reversal.CustomerId}", new PostedResponse(EntryResponse.From(reversal), balance / 100m));
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> AccountAsync(
        Guid id, ICustomerDirectory customers, CreditBook book, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is not { } customer)
        {
            return CustomerNotFound(text);
        }

        var entries = await book.EntriesAsync(id, 50, ct);
        return TypedResults.Ok(new AccountResponse(id, customer.DisplayName, await book.BalanceAsync(id, ct) / 100m, entries.Select(EntryResponse.From).ToList()));
    }

    private static async Task<Results<Created<ReminderResponse>, ProblemHttpResult>> RemindAsync(
        Guid id, ReminderRequest request, ICustomerDirectory customers, CreditReminders reminders, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is not { } customer)
        {
            return CustomerNotFound(text);
        }

        var channel = request.Channel switch
        {
            null or "sms" => MessageChannel.Sms,
            "whatsapp" => MessageChannel.WhatsApp,
            _ => throw new RuleViolation("channel", text["Reminder.ChannelInvalid"]),
        };
        var (queued, body) = await reminders.SendAsync(customer, channel, ct);
        return TypedResults.Created($"/api/v1/messages/{queued.MessageId}", new ReminderResponse(queued.MessageId, body));
    }

    private static async Task<Ok<DebtorList>> DebtorsAsync(string? sort, DebtorQueries debtors, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        var bySince = sort switch
        {
            null or "amount" => false,
            "age" => true,
            _ => throw new RuleViolation("sort", text["Debtors.SortInvalid"]),
        };
        return TypedResults.Ok(await debtors.ListAsync(bySince, ct));
    }

    internal static ProblemHttpResult CustomerNotFound(IStringLocalizer<LedgerResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.CustomerNotFound"]);
}
