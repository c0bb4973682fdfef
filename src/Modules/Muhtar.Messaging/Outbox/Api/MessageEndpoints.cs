using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Outbox.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Outbox.Api;

/// <summary>
/// /api/v1/customers/{id}/messages (send), /api/v1/messages (list, one, dead letters, retry) and
/// /api/v1/messaging/outbox-settings (quiet hours and frequency cap).
/// </summary>
internal static class MessageEndpoints
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapMessageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/customers/{id:guid}/messages", SendAsync).WithTags("Messages").WithName("SendCustomerMessage")
            .RequirePermission(Permissions.MessagingSend)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        var group = endpoints.MapGroup("/api/v1/messages").WithTags("Messages")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", ListAsync).WithName("ListMessages").RequirePermission(Permissions.MessagingRead);
        group.MapGet("/dead-letters", DeadLettersAsync).WithName("ListMessageDeadLetters").RequirePermission(Permissions.MessagingConfigure);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetMessage").RequirePermission(Permissions.MessagingRead);
        group.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryMessage").RequirePermission(Permissions.MessagingConfigure);

        var settings = endpoints.MapGroup("/api/v1/messaging/outbox-settings").WithTags("Messages")
            .RequirePermission(Permissions.MessagingConfigure);
        settings.MapGet("", GetSettingsAsync).WithName("GetOutboxSettings");
        settings.MapPut("", PutSettingsAsync).WithName("PutOutboxSettings").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Results<Created<MessageResponse>, Ok<MessageResponse>, ProblemHttpResult>> SendAsync(
        Guid id, SendMessageRequest request, ICustomerDirectory customers, IMessageOutbox outbox, OutboxQueries queries,
        IStringLocalizer<OutboxResource> text, CancellationToken ct)
    {
        if (await customers.GetAsync(id, ct) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.CustomerNotFound"]);
        }

        if (!MessageWire.TryChannel(request.Channel, out var channel))
        {
            throw new RuleViolation("channel", text["Validation.Channel"]);
        }

        if (!MessageWire.TryPurpose(request.Purpose, out var purpose))
        {
            throw new RuleViolation("purpose", text["Validation.Purpose"]);
        }

        var key = string.IsNullOrWhiteSpace(request.DedupeKey) ? "manual:" + Guid.NewGuid().ToString("N") : "api:" + request.DedupeKey.Trim();
        var queued = await outbox.QueueAsync(
            new OutgoingMessage(id, channel, purpose, key, request.TemplateId, request.Body, request.Subject, request.Variables,
                request.NotBefore?.UtcDateTime, "api"),
            ct);
        var message = MessageResponse.From((await queries.GetAsync(queued.MessageId, ct))!);
        return queued.AlreadyQueued ? TypedResults.Ok(message) : TypedResults.Created($"/api/v1/messages/{message.Id}", message);
    }

    private static async Task<Ok<MessageList>> ListAsync(
        Guid? customerId, string? status, int? page, int? pageSize, OutboxQueries queries, IStringLocalizer<OutboxResource> text, CancellationToken ct)
    {
        var (p, size) = Paging(page, pageSize, text);
        MessageStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            wanted = MessageWire.TryStatus(status, out var s) ? s : throw new RuleViolation("status", text["Validation.Status"]);
        }

        var (items, total) = await queries.ListAsync(customerId, wanted, (p - 1) * size, size, ct);
        return TypedResults.Ok(new MessageList(items.Select(MessageResponse.From).ToList(), p, size, total));
    }

    private static async Task<Ok<MessageList>> DeadLettersAsync(
        int? page, int? pageSize, OutboxQueries queries, IStringLocalizer<OutboxResource> text, CancellationToken ct)
    {
        var (p, size) = Paging(page, pageSize, text);
        var (items, total) = await queries.DeadLettersAsync((p - 1) * size, size, ct);
        return TypedResults.Ok(new MessageList(items.Select(MessageResponse.From).ToList(), p, size, total));
    }

    private static async Task<Results<Ok<MessageResponse>, NotFound>> GetAsync(Guid id, OutboxQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } m ? TypedResults.Ok(MessageResponse.From(m)) : TypedResults.NotFound();

    private static async Task<Results<Ok<MessageResponse>, NotFound>> RetryAsync(Guid id, OutboxQueries queries, CancellationToken ct) =>
        await queries.RetryAsync(id, ct) is { } m ? TypedResults.Ok(MessageResponse.From(m)) : TypedResults.NotFound();

    private static async Task<Ok<OutboxSettingsResponse>> GetSettingsAsync(OutboxQueries queries, CancellationToken ct)
    {
        var (s, zone) = await queries.SettingsAsync(ct);
        return TypedResults.Ok(ToResponse(s, zone));
    }

    private static async Task<Ok<OutboxSettingsResponse>> PutSettingsAsync(
        OutboxSettingsRequest request, OutboxQueries queries, IStringLocalizer<OutboxResource> text, CancellationToken ct)
    {
        var (current, _) = await queries.SettingsAsync(ct);
        var start = request.QuietStart is null ? current.QuietStart : ParseTime(request.QuietStart, "quietStart", text);
        var end = request.QuietEnd is null ? current.QuietEnd : ParseTime(request.QuietEnd, "quietEnd", text);
        var capCount = request.CapCount ?? current.CapCount;
        var capDays = request.CapDays ?? current.CapDays;
        if (capCount is < 0 or > 1000)
        {
            throw new RuleViolation("capCount", text["Validation.CapCount"]);
        }

        if (capDays is < 1 or > 365)
        {
            throw new RuleViolation("capDays", text["Validation.CapDays"]);
        }

        await queries.SaveSettingsAsync(request.QuietHoursEnabled ?? current.QuietHoursEnabled, start, end, capCount, capDays, ct);
        var (saved, zone) = await queries.SettingsAsync(ct);
        return TypedResults.Ok(ToResponse(saved, zone));
    }

    internal static TimeOnly ParseTime(string value, string field, IStringLocalizer<OutboxResource> text) =>
        TimeOnly.TryParseExact(value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new RuleViolation(field, text["Validation.Time"]);

    private static OutboxSettingsResponse ToResponse(OutboxSettings s, string zone) => new(
        s.QuietHoursEnabled, s.QuietStart.ToString("HH:mm", CultureInfo.InvariantCulture), s.QuietEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
        s.CapCount, s.CapDays, zone);

    private static (int Page, int Size) Paging(int? page, int? pageSize, IStringLocalizer<OutboxResource> text)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1)
        {
            throw new RuleViolation("page", text["Validation.Page"]);
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw new RuleViolation("pageSize", text["Validation.PageSize", MaxPageSize]);
        }

        return (p, size);
    }
}
