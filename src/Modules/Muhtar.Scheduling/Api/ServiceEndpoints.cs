using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Identity;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;

namespace Muhtar.Scheduling.Api;

/// <summary>/api/v1/appointments/services: reading needs appointments.book (to book), changing appointments.configure.</summary>
internal static class ServiceEndpoints
{
    public static IEndpointRouteBuilder MapSchedulingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/appointments").WithTags("Appointments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/services", ListAsync).WithName("ListAppointmentServices").RequirePermission(Permissions.AppointmentsBook);
        group.MapPost("/services", CreateAsync).WithName("CreateAppointmentService").RequirePermission(Permissions.AppointmentsConfigure);
        group.MapPut("/services/{id:guid}", UpdateAsync).WithName("UpdateAppointmentService").RequirePermission(Permissions.AppointmentsConfigure);
        group.MapStaffApi();
        group.MapAppointmentApi();
        return endpoints;
    }

    private static async Task<Ok<List<ServiceResponse>>> ListAsync(ServiceCatalogue catalogue, CancellationToken ct) =>
        TypedResults.Ok((await catalogue.ListAsync(ct)).Select(ServiceResponse.From).ToList());

    private static async Task<Created<ServiceResponse>> CreateAsync(ServiceRequest request, ServiceCatalogue catalogue, CancellationToken ct)
    {
        var service = (await catalogue.SaveAsync(null, request.ToDraft(), ct))!;
        return TypedResults.Created($"/api/v1/appointments/services/{service.Id}", ServiceResponse.From(service));
    }

    private static async Task<Results<Ok<ServiceResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, ServiceRequest request, ServiceCatalogue catalogue, IStringLocalizer<SchedulingResource> text, CancellationToken ct) =>
        await catalogue.SaveAsync(id, request.ToDraft(), ct) is { } service
            ? TypedResults.Ok(ServiceResponse.From(service))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"]);
}

/// <summary>Price is in kuruş (1.200 TL = 120000).</summary>
internal sealed record ServiceRequest(string? Name, int DurationMinutes, long Price, int BufferMinutes, bool? IsActive, Guid? ResourceId = null)
{
    public ServiceDraft ToDraft() => new((Name ?? "").Trim(), DurationMinutes, Price, BufferMinutes, IsActive ?? true, ResourceId);
}

internal sealed record ServiceResponse(Guid Id, string Name, int DurationMinutes, long Price, int BufferMinutes, bool IsActive, Guid? ResourceId)
{
    public static ServiceResponse From(BookableService s) => new(s.Id, s.Name, s.DurationMinutes, s.Price, s.BufferMinutes, s.IsActive, s.ResourceId);
}
