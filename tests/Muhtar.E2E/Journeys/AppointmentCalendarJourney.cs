using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Services;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// S1-S4 at phone width: the owner adds a service and a barber with hours on the settings pages, a booking made
/// for tomorrow shows on the calendar with the customer's no-show count, and cancelling it takes it off.
/// </summary>
public abstract class AppointmentCalendarJourney(BrowserApp app)
{
    private const string Password = "Randevu.Takvim-2026";

    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    [Fact]
    public async Task Owner_sets_up_a_barber_and_sees_a_booking_on_the_calendar_and_cancels_it_on_a_phone()
    {
        var slug = "ra" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Berber " + slug, slug, "Kemal Usta", $"{slug}@example.com", Password);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/appointments/services");
        await page.GetByTestId("service-name").FillAsync("Saç kesimi");
        await page.GetByTestId("service-duration").FillAsync("30");
        await page.GetByTestId("service-price").FillAsync("300");
        await page.GetByTestId("service-add").ClickAsync();
        await Expect(page.GetByTestId("service-row")).ToHaveCountAsync(1);

        await page.GotoInteractiveAsync("/appointments/staff");
        await Expect(page.GetByTestId("staff-empty")).ToBeVisibleAsync();
        await page.GetByTestId("staff-name").FillAsync("Zeynep");
        await page.GetByLabel("Saç kesimi").CheckAsync();
        await page.GetByTestId("day-sunday").GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("staff-save").ClickAsync();
        await Expect(page.GetByTestId("staff-row")).ToContainTextAsync("Zeynep");
        await Expect(page.GetByTestId("staff-row")).ToContainTextAsync("Saç kesimi");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Istanbul).DateTime).AddDays(1);
        await BookAsync(slug, new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(3)));

        await page.GotoInteractiveAsync("/appointments?date=" + tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var row = page.GetByTestId("appointment-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("10:00 · Ayşe Demir · Saç kesimi (Zeynep)");
        await Expect(page.Locator(".rz-scheduler")).ToContainTextAsync("Ayşe Demir");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("appointment-no-shows")).ToHaveTextAsync("Gelmediği randevu: 0");
        await page.GetByTestId("appointment-cancel").ClickAsync();
        await Expect(page.GetByTestId("appointments-empty")).ToBeVisibleAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Books the way the API does, for the business just signed up (the calendar's slot clicks are Radzen's).</summary>
    private async Task BookAsync(string slug, DateTimeOffset start)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>();
        await using (var lookup = await factory.CreateDbContextAsync())
        {
            var tenantId = await lookup.Set<Tenant>().Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        }

        var service = (await scope.ServiceProvider.GetRequiredService<ServiceCatalogue>().ListAsync()).Single();
        await scope.ServiceProvider.GetRequiredService<AppointmentBook>().BookAsync(
            new BookingDraft(null, "0532 123 45 67", "Ayşe", "Demir", service.Id, null, start, AppointmentSource.Staff, null));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class AppointmentCalendarJourney_Sqlite(SqliteBrowserApp app) : AppointmentCalendarJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class AppointmentCalendarJourney_Postgres(PostgresBrowserApp app) : AppointmentCalendarJourney(app), IClassFixture<PostgresBrowserApp>;
