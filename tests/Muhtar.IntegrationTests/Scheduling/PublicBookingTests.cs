using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>S2 online: the public booking page books only after the SMS code, is rate limited, and is bound to the slug's business.</summary>
public abstract partial class PublicBookingTests(MuhtarAppFactory app)
{
    private const string Phone = "0532 700 80 90";

    [Fact]
    public async Task Only_the_right_code_books_and_the_staff_see_an_online_booking()
    {
        var (kit, cut, staff) = await SetUpAsync();
        var visitor = app.CreateBrowserlikeClient();
        var start = AppointmentKit.At(kit.Day, "10:00");

        var offered = await visitor.GetFromJsonAsync<JsonElement>($"{Base(kit)}/slots?serviceId={cut}&date={AppointmentKit.Iso(kit.Day)}");
        Assert.Contains(offered.EnumerateArray(), s => s.GetProperty("start").GetDateTimeOffset() == start);

        var requestId = await RequestCodeAsync(visitor, kit, cut, staff, start);
        var code = await SentCodeAsync(kit, requestId);

        await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, requestId, null), "code");
        await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, requestId, Wrong(code)), "code");
        Assert.Empty(await StaffListAsync(kit));

        var booked = await ConfirmAsync(visitor, kit, requestId, code);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var list = await StaffListAsync(kit);
        var appointment = Assert.Single(list);
        Assert.Equal("online", appointment.GetProperty("source").GetString());
        Assert.Equal("Ayla", appointment.GetProperty("customerName").GetString()!.Split(' ')[0]);
        Assert.Equal(start, appointment.GetProperty("start").GetDateTimeOffset());

        // The code is spent, and the slot is gone for the next visitor.
        await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, requestId, code), "code", HttpStatusCode.Conflict);
        await AppointmentKit.AssertProblemAsync(await RequestCodeResponseAsync(visitor, kit, cut, staff, start, "0532 700 80 91"), "start", HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_expired_code_is_refused_and_five_wrong_codes_lock_the_request()
    {
        var (kit, cut, staff) = await SetUpAsync();
        var visitor = app.CreateBrowserlikeClient();

        var stale = await RequestCodeAsync(visitor, kit, cut, staff, AppointmentKit.At(kit.Day, "10:00"));
        var staleCode = await SentCodeAsync(kit, stale);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, stale, staleCode), "code");

        var guessed = await RequestCodeAsync(visitor, kit, cut, staff, AppointmentKit.At(kit.Day, "11:00"));
        var right = await SentCodeAsync(kit, guessed);
        for (var i = 0; i < 5; i++)
        {
            await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, guessed, Wrong(right)), "code");
        }

        await AppointmentKit.AssertProblemAsync(await ConfirmAsync(visitor, kit, guessed, right), "code", HttpStatusCode.TooManyRequests);
        Assert.Empty(await StaffListAsync(kit));
    }

    [Fact]
    public async Task Too_many_codes_for_one_phone_or_calls_from_one_address_get_429()
    {
        var (kit, cut, staff) = await SetUpAsync();
        var visitor = app.CreateBrowserlikeClient();
        var start = AppointmentKit.At(kit.Day, "10:00");
        for (var i = 0; i < 3; i++)
        {
            await RequestCodeAsync(visitor, kit, cut, staff, start);
        }

        var fourth = await RequestCodeResponseAsync(visitor, kit, cut, staff, start, Phone);
        await AppointmentKit.AssertProblemAsync(fourth, "phone", HttpStatusCode.TooManyRequests);

        // The address allowance (30 a minute per business) is counted on top of the four calls above.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await visitor.GetAsync($"{Base(kit)}/services")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await visitor.GetAsync($"{Base(kit)}/services");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_business_slug_cannot_see_or_book_this_business_services()
    {
        var (kit, cut, staff) = await SetUpAsync();
        var other = await AppointmentKit.CreateAsync(app);
        var visitor = app.CreateBrowserlikeClient();
        var start = AppointmentKit.At(kit.Day, "10:00");
        var requestId = await RequestCodeAsync(visitor, kit, cut, staff, start);
        var code = await SentCodeAsync(kit, requestId);

        var seen = await visitor.GetFromJsonAsync<JsonElement>($"{Base(other)}/services");
        Assert.Empty(seen.EnumerateArray());
        await AppointmentKit.AssertProblemAsync(
            await visitor.GetAsync($"{Base(other)}/slots?serviceId={cut}&date={AppointmentKit.Iso(kit.Day)}"), "serviceId");
        await AppointmentKit.AssertProblemAsync(await RequestCodeResponseAsync(visitor, other, cut, staff, start, Phone), "serviceId");
        Assert.Equal(HttpStatusCode.NotFound, (await ConfirmAsync(visitor, other, requestId, code)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/v1/public/book/no-such-business/services")).StatusCode);
        Assert.Empty(await StaffListAsync(kit));
    }

    private async Task<(AppointmentKit Kit, Guid Service, Guid Staff)> SetUpAsync()
    {
        var kit = await AppointmentKit.CreateAsync(app);
        var cut = await kit.ServiceAsync("Saç kesimi", 60, 15);
        var staff = await kit.StaffAsync("Zeynep", [cut]);
        return (kit, cut, staff);
    }

    private static string Base(AppointmentKit kit) => $"/api/v1/public/book/{kit.Tenant.Slug}";

    private static Task<HttpResponseMessage> RequestCodeResponseAsync(
        HttpClient visitor, AppointmentKit kit, Guid service, Guid staff, DateTimeOffset start, string phone) =>
        visitor.PostAsJsonAsync($"{Base(kit)}/codes", new { serviceId = service, staffId = staff, start, firstName = "Ayla", lastName = "Kaya", phone });

    private static async Task<Guid> RequestCodeAsync(HttpClient visitor, AppointmentKit kit, Guid service, Guid staff, DateTimeOffset start)
    {
        using var sent = await AppointmentKit.JsonAsync(await RequestCodeResponseAsync(visitor, kit, service, staff, start, Phone), HttpStatusCode.Accepted);
        return sent.RootElement.GetProperty("requestId").GetGuid();
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient visitor, AppointmentKit kit, Guid requestId, string? code) =>
        visitor.PostAsJsonAsync($"{Base(kit)}/codes/{requestId}/confirm", new { code });

    private static async Task<List<JsonElement>> StaffListAsync(AppointmentKit kit) =>
        [.. (await kit.Tenant.Api.GetFromJsonAsync<JsonElement[]>($"{AppointmentKit.Url}?from={AppointmentKit.Iso(kit.Day)}"))!];

    /// <summary>The code as the customer reads it in the queued SMS.</summary>
    private async Task<string> SentCodeAsync(AppointmentKit kit, Guid requestId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var sms = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(m => m.TenantId == kit.Tenant.Id && m.DedupeKey == $"booking-code:{requestId}");
        return SixDigits().Match(sms.Body).Value;
    }

    private static string Wrong(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000)
        .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}

public sealed class PublicBookingTests_Sqlite(SqliteApp app) : PublicBookingTests(app), IClassFixture<SqliteApp>;

public sealed class PublicBookingTests_Postgres(PostgresApp app) : PublicBookingTests(app), IClassFixture<PostgresApp>;
