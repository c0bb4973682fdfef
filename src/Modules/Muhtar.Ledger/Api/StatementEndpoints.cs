using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Ledger.Localization;
using Muhtar.Ledger.Statements;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Ledger.Api;

/// <summary>A customer's month-end statement (?month=yyyy-MM, the current month when omitted) and sending it once per month.</summary>
internal static class StatementEndpoints
{
    public static RouteGroupBuilder MapStatementEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/customers/{id:guid}/statement", GetAsync).WithName("GetCreditStatement").RequirePermission(Permissions.CreditBook);
        group.MapPost("/customers/{id:guid}/statement/{month}/send", SendAsync).WithName("SendCreditStatement").RequirePermission(Permissions.CreditBook);
        return group;
    }

    private static async Task<Results<Ok<StatementResponse>, ProblemHttpResult>> GetAsync(
        Guid id, string? month, ICustomerDirectory customers, CreditStatements statements, IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is not { } customer)
        {
            return CreditBookEndpoints.CustomerNotFound(text);
        }

        var which = month is null ? await statements.CurrentMonthAsync(ct) : statements.Parse(month);
        return TypedResults.Ok(await statements.BuildAsync(customer, which, ct));
    }

    /// <summary>201 when queued now; 200 with alreadySent=true when this month's statement had been sent before (nothing new goes out).</summary>
    private static async Task<Results<Created<StatementSentResponse>, Ok<StatementSentResponse>, ProblemHttpResult>> SendAsync(
        Guid id, string month, StatementSendRequest? request, ICustomerDirectory customers, CreditStatements statements,
        IStringLocalizer<LedgerResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is not { } customer)
        {
            return CreditBookEndpoints.CustomerNotFound(text);
        }

        var channel = request?.Channel switch
        {
            null or "sms" => MessageChannel.Sms,
            "whatsapp" => MessageChannel.WhatsApp,
            _ => throw new RuleViolation("channel", text["Reminder.ChannelInvalid"]),
        };
        var sent = await statements.SendAsync(customer, statements.Parse(month), channel, ct);
        return sent.AlreadySent
            ? TypedResults.Ok(sent)
            : TypedResults.Created($"/api/v1/messages/{sent.MessageId}", sent);
    }
}
