using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;

namespace Muhtar.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations on start, so a fresh machine needs no set-up step.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.MigrateAndSeedAsync();
    }

    /// <summary>Migrations and the seven roles: what both the server and the operator command line need.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(options.ConnectionString, app.Environment.ContentRootPath);
        }

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the UI read while a worker writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await IdentitySeeder.EnsureRolesAsync(app.Services);
    }

    private static void EnsureSqliteFolder(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource, contentRoot));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
