using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Privacy;

/// <summary>
/// Looks for strings in every text column of every table, straight from the database's own catalogue
/// (sqlite_master + pragma table_info; information_schema.columns), so a table added later is scanned too.
/// </summary>
internal static class DatabaseScan
{
    /// <summary>"table.column contains value" for every hit (case-insensitive for ASCII letters).</summary>
    public static async Task<List<string>> FindAsync(MuhtarAppFactory app, IReadOnlyList<string> values)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Guid.Empty, null, "scan");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var columns = db.IsPostgres ? await PostgresTextColumnsAsync(connection) : await SqliteTextColumnsAsync(connection);
        Assert.Contains(columns, c => c.Table == "customers_customers" && c.Column == "Phone");
        Assert.Contains(columns, c => c.Table == "platform_audit" && c.Column == "OldValue");

        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            foreach (var value in values)
            {
                await using var command = connection.CreateCommand();
                var cast = db.IsPostgres ? "::text" : "";
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower(\"{column}\"{cast}) LIKE '%' || lower(@v) || '%'";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@v";
                parameter.Value = value;
                command.Parameters.Add(parameter);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    hits.Add($"{table}.{column} contains \"{value}\"");
                }
            }
        }

        return hits;
    }

    private static async Task<List<(string Table, string Column)>> SqliteTextColumnsAsync(DbConnection connection)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var columns = new List<(string Table, string Column)>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var type = reader.GetString(1).ToUpperInvariant();
                if (type.Contains("TEXT", StringComparison.Ordinal) || type.Contains("CHAR", StringComparison.Ordinal) || type.Length == 0)
                {
                    columns.Add((table, reader.GetString(0)));
                }
            }
        }

        return columns;
    }

    private static async Task<List<(string Table, string Column)>> PostgresTextColumnsAsync(DbConnection connection)
    {
        var columns = new List<(string Table, string Column)>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema()
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }
}
