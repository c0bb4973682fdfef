using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Slots;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Api;

/// <summary>/api/v1/appointments/staff and /resources: reading needs appointments.book, changing appointments.configure.</summary>
internal static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder group)
    {
        group.MapGet("/staff", ListStaffAsync).WithName("ListAppointmentStaff").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("/staff", CreateStaffAsync).WithName("CreateAppointmentStaff").RequirePermission(Permissions.AppointmentsConfigure);
        group.MapPut("/staff/{id:guid}", UpdateStaffAsync).WithName("UpdateAppointmentStaff").RequirePermission(Permissions.AppointmentsConfigure);
        group.MapGet("/resources", ListResourcesAsync).WithName("ListAppointmentResources").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("/resources", CreateResourceAsync).WithName("CreateAppointmentResource").RequirePermission(Permissions.AppointmentsConfigure);
        group.MapPut("/resources/{id:guid}", UpdateResourceAsync).WithName("UpdateAppointmentResource").RequirePermission(Permissions.AppointmentsConfigure);
        return group;
    }

    private static async Task<Ok<List<StaffResponse>>> ListStaffAsync(StaffDirectory directory, CancellationToken ct) =>
        TypedResults.Ok((await directory.ListStaffAsync(ct)).Select(StaffResponse.From).ToList());

    private static async Task<Created<StaffResponse>> CreateStaffAsync(
        StaffRequest request, StaffDirectory directory, IStringLocalizer<SchedulingResource> text, CancellationToken ct)
    {
        var member = (await directory.SaveStaffAsync(null, request.ToDraft(text), ct))!;
        return TypedResults.Created($"/api/v1/appointments/staff/{member.Id}", StaffResponse.From(member));
    }

    private static async Task<Results<Ok<StaffResponse>, ProblemHttpResult>> UpdateStaffAsync(
        Guid id, StaffRequest request, StaffDirectory directory, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        await directory.SaveStaffAsync(id, request.ToDraft(text), ct) is { } member
            ? TypedResults.Ok(StaffResponse.From(member))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);

    private static async Task<Ok<List<ResourceResponse>>> ListResourcesAsync(StaffDirectory directory, CancellationToken ct) =>
        TypedResults.Ok((await directory.ListResourcesAsync(ct)).Select(ResourceResponse.From).ToList());

    private static async Task<Created<ResourceResponse>> CreateResourceAsync(ResourceRequest request, StaffDirectory directory, CancellationToken ct)
    {
        var resource = (await directory.SaveResourceAsync(null, (request.Name ?? "").Trim(), request.Capacity ?? 1, request.IsActive ?? true, ct))!;
        return TypedResults.Created($"/api/v1/appointments/resources/{resource.Id}", ResourceResponse.From(resource));
    }

    private static async Task<Results<Ok<ResourceResponse>, ProblemHttpResult>> UpdateResourceAsync(
        Guid id, ResourceRequest request, StaffDirectory directory, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        await directory.SaveResourceAsync(id, (request.Name ?? "").Trim(), request.Capacity ?? 1, request.IsActive ?? true, ct) is { } resource
            ? TypedResults.Ok(ResourceResponse.From(resource))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);
}

/// <summary>Hours as business-local "HH:mm"; days as "monday".."sunday"; days off as "yyyy-MM-dd".</summary>
internal sealed record StaffRequest(
    string? DisplayName, Guid? UserId, bool? IsActive, List<DayHoursRequest>? Hours, List<DateOnly>? DaysOff, List<Guid>? ServiceIds)
{
    public StaffDraft ToDraft(IStringLocalizer<SchedulingResource> text)
    {
        var hours = (Hours ?? []).Select((d, i) => d.ToDayHours(i, text)).ToList();
        return new StaffDraft((DisplayName ?? "").Trim(), UserId, IsActive ?? true, hours, DaysOff ?? [], ServiceIds ?? []);
    }
}

internal sealed record DayHoursRequest(string? Day, string? Start, string? End, List<BreakRequest>? Breaks)
{
    public DayHours ToDayHours(int index, IStringLocalizer<SchedulingResource> text)
    {
        if (!Enum.TryParse<DayOfWeek>(Day, true, out var day) || int.TryParse(Day, out _))
        {
            throw new RuleViolation($"hours[{index}].day", text["Staff.DayInvalid"]);
        }
        var breaks = (Breaks ?? []).Select(b => new LocalSpan(
            Time(b.Start, $"hours[{index}].breaks", text), Time(b.End, $"hours[{index}].breaks", text))).ToList();
        return new DayHours(day, Time(Start, $"hours[{index}].start", text), Time(End, $"hours[{index}].end", text), breaks);
    }

    private static TimeOnly Time(string? value, string field, IStringLocalizer<SchedulingResource> text) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new RuleViolation(field, text["Staff.TimeInvalid"]);
}

internal sealed record BreakRequest(string? Start, string? End);

internal sealed record StaffResponse(
    Guid Id, string DisplayName, Guid? UserId, bool IsActive, List<DayHoursResponse> Hours, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<Guid> ServiceIds)
{
    public static StaffResponse From(StaffMember s) => new(
        s.Id, s.DisplayName, s.UserId, s.IsActive,
        [.. s.Hours.Select(d => new DayHoursResponse(d.Day.ToString().ToLowerInvariant(), Hm(d.Start), Hm(d.End),
            [.. d.Breaks.Select(b => new BreakRequest(Hm(b.Start), Hm(b.End)))]))],
        s.DaysOff, s.ServiceIds);

    private static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}

internal sealed record DayHoursResponse(string Day, string Start, string End, List<BreakRequest> Breaks);

internal sealed record ResourceRequest(string? Name, int? Capacity, bool? IsActive);

internal sealed record ResourceResponse(Guid Id, string Name, int Capacity, bool IsActive)
{
    public static ResourceResponse From(Resource r) => new(r.Id, r.Name, r.Capacity, r.IsActive);
}
