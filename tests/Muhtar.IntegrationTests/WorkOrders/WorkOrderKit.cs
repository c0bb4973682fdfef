using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>A fresh business and helpers to receive orders and read the SMS the outbox holds for them.</summary>
public sealed class WorkOrderKit(MuhtarAppFactory app, TestTenant tenant)
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public TestTenant Tenant { get; } = tenant;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Istanbul).DateTime);

    public static async Task<WorkOrderKit> CreateAsync(MuhtarAppFactory app, string? businessName = null) =>
        new(app, await app.CreateTenantAsync(businessName));

    public static string TurkishDay(DateOnly day) => day.ToString("d MMMM dddd", CultureInfo.GetCultureInfo("tr-TR"));

    public async Task<JsonDocument> ReceiveAsync(string phone, string firstName = "Ahmet", int inDays = 7, decimal price = 450m, decimal deposit = 100m)
    {
        var response = await Tenant.Api.PostAsJsonAsync("/api/v1/work-orders", new
        {
            phone,
            firstName,
            lastName = "Yılmaz",
            description = "Pantolon paça kısaltma",
            price,
            deposit,
            promisedOn = Today.AddDays(inDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            notes = "2 cm",
        });
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    public async Task<HttpResponseMessage> SetStatusAsync(Guid id, string status) =>
        await Tenant.Api.PostAsJsonAsync($"/api/v1/work-orders/{id}/status", new { status });

    public async Task<JsonDocument> GetAsync(string url) => await JsonAsync(await Tenant.Api.GetAsync(url), HttpStatusCode.OK);

    /// <summary>The messages queued for one order, oldest first.</summary>
    public async Task<IReadOnlyList<(string Key, string Body)>> MessagesAsync(Guid orderId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var prefix = $"workorder:{orderId}:";
        var rows = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.TenantId == Tenant.Id && m.DedupeKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync();
        return rows.Select(m => (m.DedupeKey, m.Body)).ToList();
    }

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
