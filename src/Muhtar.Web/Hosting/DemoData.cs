using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Web.Hosting;

/// <summary>
/// On a fresh database, creates the demo business (owner plus one user per role) and lets every module
/// seed its part. Repeatable: a fixed random seed, and nothing happens when the demo business exists.
/// </summary>
internal static class DemoData
{
    public const string Slug = "demo";
    public const string OwnerEmail = "demo@muhtar.local";
    public const string Password = "Muhtar.2026";

    public static async Task SeedDemoIfEmptyAsync(this WebApplication app, CancellationToken ct = default)
    {
        if (!app.Configuration.GetValue("Demo:Seed", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using (var db = await services.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync(ct))
        {
            if (await db.Set<Tenant>().AnyAsync(t => t.Slug == Slug, ct))
            {
                PrintLogin();
                return;
            }
        }

        var started = TimeProvider.System.GetTimestamp();
        var signUp = await services.GetRequiredService<TenantOnboarding>()
            .SignUpAsync(new SignUpRequest("Muhtar Demo Market & Kuaför", Slug, "Ayşe Demir", OwnerEmail, Password), ct);
        services.GetRequiredService<TenantContext>().Set(signUp.TenantId, signUp.OwnerUserId, "demo");

        var staff = new Dictionary<string, Guid> { [Roles.Owner] = signUp.OwnerUserId };
        var users = services.GetRequiredService<UserAdministration>();
        foreach (var (role, name) in StaffNames)
        {
            staff[role] = await users.CreateUserAsync($"{role.ToLowerInvariant()}@muhtar.local", name, role, Password, ct);
        }

        var context = new DemoSeedContext(signUp.TenantId, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, 20261123, staff);
        foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(context, ct);
        }

        app.Logger.LogInformation("Demo business seeded in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
        PrintLogin();
    }

    private static readonly (string Role, string Name)[] StaffNames =
    [
        (Roles.Manager, "Mehmet Kaya"), (Roles.Sales, "Zeynep Şahin"), (Roles.Agent, "Emre Çelik"),
        (Roles.Clerk, "Elif Öztürk"), (Roles.Technician, "Burak Arslan"), (Roles.Marketer, "Selin Aydın"),
    ];

    private static void PrintLogin()
    {
        Console.WriteLine($"Demo login: {OwnerEmail} / {Password}  (other roles: manager@, sales@, agent@, clerk@, technician@, marketer@muhtar.local, same password)");
    }
}
