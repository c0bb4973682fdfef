using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Public;

/// <summary>
/// /api/v1/public/book/{slug}: the public booking page's API, intentionally anonymous. The slug picks the business;
/// each address gets <c>RateLimiting:PublicBookingPerMinute</c> calls a minute per business, then 429.
/// </summary>
internal static class PublicBookingEndpoints
{
    public const string RateLimitPolicy = "public-booking";

    public static IServiceCollection AddPublicBooking(this IServiceCollection services)
    {
        services.AddScoped<PublicBooking>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = configuration.GetValue("RateLimiting:PublicBookingPerMinute", 30);
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                $"public-book:{context.Request.RouteValues["slug"]}:{context.Connection.RemoteIpAddress ?? IPAddress.Loopback}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPublicBookingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/public/book/{slug}").WithTags("Public booking")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/services", ServicesAsync).WithName("ListPublicBookingServices");
        group.MapGet("/slots", SlotsAsync).WithName("ListPublicBookingSlots");
        group.MapPost("/codes", RequestCodeAsync).WithName("RequestPublicBookingCode");
        group.MapPost("/codes/{requestId:guid}/confirm", ConfirmAsync).WithName("ConfirmPublicBooking");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicService>>, ProblemHttpResult>> ServicesAsync(
        string slug, PublicBooking booking, IStringLocalizer<PublicBookingResource> text, CancellationToken ct) =>
        await booking.EnterAsync(slug, ct) ? TypedResults.Ok(await booking.ServicesAsync(ct)) : NotFound(text["Business.NotFound"]);

    private static async Task<Results<Ok<List<PublicSlot>>, ProblemHttpResult>> SlotsAsync(
        string slug, Guid? serviceId, string? date, Guid? staffId, PublicBooking booking, IDbContextFactory<MuhtarDbContext> dbFactory,
        Availability availability, IStringLocalizer<PublicBookingResource> text, CancellationToken ct)
    {
        if (!await booking.EnterAsync(slug, ct))
        {
            return NotFound(text["Business.NotFound"]);
        }

        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new RuleViolation("date", text["Date.Invalid"]);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var service = serviceId is null ? null : await db.Set<BookableService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is not { IsActive: true })
        {
            throw new RuleViolation("serviceId", text["Service.Unknown"]);
        }

        var names = await db.Set<StaffMember>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        var slots = await availability.FindAsync(service, day, staffId, Availability.OfferStepMinutes, null, ct);
        return TypedResults.Ok(slots.Select(s => new PublicSlot(s.Start, s.End, s.StaffId, names[s.StaffId])).ToList());
    }

    private static async Task<Results<Accepted<CodeSent>, ProblemHttpResult>> RequestCodeAsync(
        string slug, CodeRequest request, PublicBooking booking, IStringLocalizer<PublicBookingResource> text, CancellationToken ct)
    {
        if (!await booking.EnterAsync(slug, ct))
        {
            return NotFound(text["Business.NotFound"]);
        }

        var pending = await booking.RequestCodeAsync(request, ct);
        return TypedResults.Accepted($"/api/v1/public/book/{slug}/codes/{pending.Id}/confirm",
            new CodeSent(pending.Id, new DateTimeOffset(DateTime.SpecifyKind(pending.ExpiresAt, DateTimeKind.Utc))));
    }

    private static async Task<Results<Created<PublicAppointment>, ProblemHttpResult>> ConfirmAsync(
        string slug, Guid requestId, ConfirmRequest request, PublicBooking booking, IStringLocalizer<PublicBookingResource> text,
        CancellationToken ct)
    {
        if (!await booking.EnterAsync(slug, ct))
        {
            return NotFound(text["Business.NotFound"]);
        }

        var view = await booking.ConfirmAsync(requestId, request.Code, ct);
        return view is null
            ? NotFound(text["Request.NotFound"])
            : TypedResults.Created((string?)null, new PublicAppointment(view.Id, view.ServiceName, view.StaffName,
                new DateTimeOffset(DateTime.SpecifyKind(view.Start, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(view.End, DateTimeKind.Utc))));
    }

    private static ProblemHttpResult NotFound(string title) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}

internal sealed record ConfirmRequest(string? Code);

internal sealed record CodeSent(Guid RequestId, DateTimeOffset ExpiresAt);

internal sealed record PublicSlot(DateTimeOffset Start, DateTimeOffset End, Guid StaffId, string StaffName);

internal sealed record PublicAppointment(Guid Id, string ServiceName, string StaffName, DateTimeOffset Start, DateTimeOffset End);
