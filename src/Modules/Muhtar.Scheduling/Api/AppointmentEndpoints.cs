using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Slots;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Api;

/// <summary>/api/v1/appointments: free slots, booking, moving, cancelling and no-shows; all need appointments.book.</summary>
internal static class AppointmentEndpoints
{
    public static RouteGroupBuilder MapAppointmentApi(this RouteGroupBuilder group)
    {
        group.MapGet("/slots", SlotsAsync).WithName("ListAppointmentSlots").RequirePermission(Permissions.AppointmentsBook);
        group.MapGet("", ListAsync).WithName("ListAppointments").RequirePermission(Permissions.AppointmentsBook);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetAppointment").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("", BookAsync).WithName("BookAppointment").RequirePermission(Permissions.AppointmentsBook);
        group.MapPut("/{id:guid}/move", MoveAsync).WithName("MoveAppointment").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelAppointment").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("/{id:guid}/no-show", NoShowAsync).WithName("MarkAppointmentNoShow").RequirePermission(Permissions.AppointmentsBook);
        return group;
    }

    private static async Task<Ok<List<SlotResponse>>> SlotsAsync(
        Guid? serviceId, string? date, Guid? staffId, IDbContextFactory<MuhtarDbContext> dbFactory, Availability availability,
        IStringLocalizer<SchedulingResource> text, CancellationToken ct)
    {
        var day = ParseDate(date, "date", text);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var service = serviceId is null ? null : await db.Set<BookableService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is not { IsActive: true })
        {
            throw new RuleViolation("serviceId", text["Booking.ServiceUnknown"]);
        }
        var names = await db.Set<StaffMember>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        if (staffId is { } only && !names.ContainsKey(only))
        {
            throw new RuleViolation("staffId", text["Booking.StaffCannot"]);
        }
        var slots = await availability.FindAsync(service, day, staffId, Availability.OfferStepMinutes, null, ct);
        return TypedResults.Ok(slots.Select(s => new SlotResponse(s.Start, s.End, s.StaffId, names[s.StaffId])).ToList());
    }

    /// <summary>Business-local dates: from (inclusive) to (inclusive), at most 62 days; today and the next 6 days by default.</summary>
    private static async Task<Ok<List<AppointmentResponse>>> ListAsync(
        string? from, string? to, Guid? staffId, Availability availability, AppointmentViews views, TimeProvider time,
        IStringLocalizer<SchedulingResource> text, CancellationToken ct)
    {
        var zone = await availability.ZoneAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var first = from is null ? today : ParseDate(from, "from", text);
        var last = to is null ? first.AddDays(6) : ParseDate(to, "to", text);
        if (last < first || last.DayNumber - first.DayNumber > 62)
        {
            throw new RuleViolation("to", text["Booking.RangeInvalid"]);
        }
        var rows = await views.ListAsync(
            SlotFinder.ToInstant(first, TimeOnly.MinValue, zone).UtcDateTime, SlotFinder.ToInstant(last.AddDays(1), TimeOnly.MinValue, zone).UtcDateTime,
            staffId, ct);
        return TypedResults.Ok(rows.Select(AppointmentResponse.From).ToList());
    }

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, AppointmentViews views, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        Found(await views.GetAsync(id, ct), text);

    private static async Task<Created<AppointmentResponse>> BookAsync(
        BookRequest request, AppointmentBook book, IStringLocalizer<SchedulingResource> text, CancellationToken ct)
    {
        var source = AppointmentSources.Parse(request.Source) ?? throw new RuleViolation("source", text["Booking.SourceInvalid"]);
        var view = await book.BookAsync(new BookingDraft(request.CustomerId, request.Phone, request.FirstName, request.LastName,
            request.ServiceId, request.StaffId, request.Start, source, request.Note), ct);
        return TypedResults.Created($"/api/v1/appointments/{view.Id}", AppointmentResponse.From(view));
    }

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> MoveAsync(
        Guid id, MoveRequest request, AppointmentBook book, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        Found(await book.MoveAsync(id, request.Start, request.StaffId, ct), text);

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, AppointmentBook book, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        Found(await book.CancelAsync(id, ct), text);

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> NoShowAsync(
        Guid id, AppointmentBook book, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        Found(await book.NoShowAsync(id, ct), text);

    private static Results<Ok<AppointmentResponse>, ProblemHttpResult> Found(AppointmentView? view, IStringLocalizer<SchedulingResource> text) =>
        view is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"])
            : TypedResults.Ok(AppointmentResponse.From(view));

    private static DateOnly ParseDate(string? value, string field, IStringLocalizer<SchedulingResource> text) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RuleViolation(field, text["Booking.DateInvalid"]);
}

/// <summary>The customer by <c>customerId</c>, or by <c>phone</c> (found, or created with the names given).</summary>
internal sealed record BookRequest(
    Guid? CustomerId, string? Phone, string? FirstName, string? LastName, Guid? ServiceId, Guid? StaffId, DateTimeOffset? Start,
    string? Source, string? Note);

internal sealed record MoveRequest(DateTimeOffset? Start, Guid? StaffId);

internal sealed record SlotResponse(DateTimeOffset Start, DateTimeOffset End, Guid StaffId, string StaffName);

internal sealed record AppointmentResponse(
    Guid Id, Guid CustomerId, string CustomerName, string? CustomerPhone, int CustomerNoShows, Guid ServiceId, string ServiceName,
    Guid StaffId, string StaffName, Guid? ResourceId, DateTimeOffset Start, DateTimeOffset End, string Status, string Source, string? Note)
{
    public static AppointmentResponse From(AppointmentView v) => new(
        v.Id, v.CustomerId, v.CustomerName, v.CustomerPhone, v.CustomerNoShows, v.ServiceId, v.ServiceName, v.StaffId, v.StaffName, v.ResourceId,
        Utc(v.Start), Utc(v.End), AppointmentSources.Name(v.Status), AppointmentSources.Name(v.Source), v.Note);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
