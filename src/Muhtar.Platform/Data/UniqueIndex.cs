using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Muhtar.Platform.Data;

/// <summary>
/// "Did this save fail because a unique index said no?" on both providers: the guard behind every exactly-once
/// insert. PostgreSQL names the index; SQLite names the table and columns in its message.
/// </summary>
public static class UniqueIndex
{
    private const int SqliteConstraint = 19;

    /// <param name="postgresIndex">The index name, as configured with HasDatabaseName.</param>
    /// <param name="sqliteColumns">Part of SQLite's "UNIQUE constraint failed: table.column, …" text, e.g. "table." or "table.column".</param>
    public static bool IsViolated(DbUpdateException exception, string postgresIndex, string sqliteColumns) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == postgresIndex,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains(sqliteColumns, StringComparison.Ordinal),
        _ => false,
    };
}
