using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Scheduling.Api;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Integration;
using Muhtar.Scheduling.Public;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling;

/// <summary>Appointments (S1-S6): services, staff hours, resources, slots, bookings, reminders, the public booking page.</summary>
public static class SchedulingModule
{
    public static IServiceCollection AddSchedulingModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, SchedulingModel>();
        services.AddScoped<ServiceCatalogue>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<Availability>();
        services.AddScoped<AppointmentBook>();
        services.AddScoped<AppointmentReminders>();
        services.AddScoped<BookingCustomers>();
        services.AddScoped<AppointmentViews>();
        services.AddScoped<ICustomerMergeParticipant, AppointmentMergeParticipant>().AddScoped<IPersonalDataHolder, AppointmentPersonalData>();
        services.AddPublicBooking();
        return services;
    }

    public static IEndpointRouteBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSchedulingApi();
        endpoints.MapPublicBookingApi();
        return endpoints;
    }

    private sealed class SchedulingModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingModule).Assembly);
    }
}
