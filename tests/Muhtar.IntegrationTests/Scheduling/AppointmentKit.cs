using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>A fresh business with a service and a barber working 09:00-18:00 with a 12:00-13:00 lunch break every day.</summary>
internal sealed class AppointmentKit(MuhtarAppFactory app, TestTenant tenant, HttpClient owner)
{
    public const string Url = "/api/v1/appointments";

    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public TestTenant Tenant { get; } = tenant;

    public HttpClient Owner { get; } = owner;

    /// <summary>Three days ahead, so both reminders (24 h and 2 h before) lie in the future.</summary>
    public DateOnly Day => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Istanbul).DateTime).AddDays(3);

    public static async Task<AppointmentKit> CreateAsync(MuhtarAppFactory app)
    {
        var tenant = await app.CreateTenantAsync();
        return new AppointmentKit(app, tenant, await tenant.LoginAsync(Roles.Owner));
    }

    public static DateTimeOffset At(DateOnly day, string hhmm) =>
        new(day.ToDateTime(TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture)), TimeSpan.FromHours(3));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<Guid> ServiceAsync(string name = "Saç kesimi", int minutes = 60, int buffer = 15, Guid? resourceId = null) =>
        await IdAsync(await Owner.PostAsJsonAsync($"{Url}/services", new { name, durationMinutes = minutes, price = 500_00, bufferMinutes = buffer, resourceId }));

    public async Task<Guid> ResourceAsync(string name, int capacity) =>
        await IdAsync(await Owner.PostAsJsonAsync($"{Url}/resources", new { name, capacity }));

    public async Task<Guid> StaffAsync(string name, Guid[] services, DateOnly[]? daysOff = null) =>
        await IdAsync(await Owner.PostAsJsonAsync($"{Url}/staff", StaffBody(name, services, daysOff)));

    public static object StaffBody(string name, Guid[] services, DateOnly[]? daysOff = null) => new
    {
        displayName = name,
        hours = Enum.GetNames<DayOfWeek>().Select(d => new
        {
            day = d.ToLowerInvariant(),
            start = "09:00",
            end = "18:00",
            breaks = new[] { new { start = "12:00", end = "13:00" } },
        }),
        daysOff = daysOff ?? [],
        serviceIds = services,
    };

    public Task<HttpResponseMessage> BookAsync(Guid serviceId, DateTimeOffset start, Guid? staffId = null, string phone = "0532 111 22 33", Guid? customerId = null) =>
        Tenant.Api.PostAsJsonAsync(Url, new { phone, firstName = "Ayşe", lastName = "Demir", serviceId, staffId, start, customerId });

    public async Task<JsonElement> BookedAsync(Guid serviceId, DateTimeOffset start, Guid? staffId = null, string phone = "0532 111 22 33") =>
        (await JsonAsync(await BookAsync(serviceId, start, staffId, phone), HttpStatusCode.Created)).RootElement;

    public async Task<List<string>> SlotTimesAsync(Guid serviceId, DateOnly day, Guid? staffId = null)
    {
        var url = $"{Url}/slots?serviceId={serviceId}&date={Iso(day)}" + (staffId is null ? "" : $"&staffId={staffId}");
        var slots = (await JsonAsync(await Tenant.Api.GetAsync(url), HttpStatusCode.OK)).RootElement;
        return [.. slots.EnumerateArray().Select(s => s.GetProperty("start").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(3)).ToString("HH:mm", CultureInfo.InvariantCulture))];
    }

    /// <summary>The reminders queued for one appointment, oldest first.</summary>
    public async Task<List<OutboxMessage>> MessagesAsync(Guid appointmentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var prefix = $"appointment:{appointmentId}:";
        return await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.TenantId == Tenant.Id && m.DedupeKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync();
    }

    public static IEnumerable<(string Key, MessageStatus Status, DateTime NotBefore)> Summary(IEnumerable<OutboxMessage> messages) =>
        messages.Select(m => (m.DedupeKey, m.Status, m.NextAttemptAt));

    public static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        (await JsonAsync(response, HttpStatusCode.Created)).RootElement.GetProperty("id").GetGuid();

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
    {
        using var problem = await JsonAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }
}
