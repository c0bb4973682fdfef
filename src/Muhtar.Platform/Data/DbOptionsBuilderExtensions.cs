using Microsoft.EntityFrameworkCore;

namespace Muhtar.Platform.Data;

public static class DbOptionsBuilderExtensions
{
    public const string SqliteMigrationsAssembly = "Muhtar.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Muhtar.Migrations.Postgres";

    /// <summary>Points EF at the provider and at that provider's own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseMuhtarDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        builder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
        return options.Provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString,
                npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => builder.UseSqlite(options.ConnectionString,
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
        };
    }
}
