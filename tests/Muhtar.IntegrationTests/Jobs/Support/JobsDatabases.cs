using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>A fresh empty database per test on each provider.</summary>
internal static class JobsDatabases
{
    public static Task<string> SqliteAsync() =>
        Task.FromResult($"Data Source={SqliteFile()};Pooling=False");

    public static Task<string> PostgresAsync() => PostgresCluster.CreateDatabaseAsync();

    /// <summary>Removes a SQLite test file and its journals.</summary>
    public static void DeleteSqlite(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }

    private static string SqliteFile() => Path.Combine(Path.GetTempPath(), $"muhtar-jobs-{Guid.NewGuid():N}.db");
}
