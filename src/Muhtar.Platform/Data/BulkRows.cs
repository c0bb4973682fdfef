using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Muhtar.Platform.Tenancy;
using Npgsql;

namespace Muhtar.Platform.Data;

/// <summary>
/// Writes many new rows of one mapped entity type without change tracking, inside the transaction the
/// caller has begun on <paramref name="db"/>: binary <c>COPY</c> on PostgreSQL, prepared multi-row
/// <c>INSERT</c>s on SQLite. Table, columns and value conversions (UTC instants, enums as text, Guids)
/// come from the EF model, so the rows are exactly what SaveChanges would have written. SaveChanges is
/// bypassed, so tenant-scoped rows are stamped with the context's tenant here (a row of another tenant is
/// refused), and nothing is audited or published: the caller writes those rows itself.
/// </summary>
public static class BulkRows
{
    public static async Task InsertAsync<T>(MuhtarDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} rows are bulk-written only inside the caller's transaction.");
        }

        var scoped = typeof(ITenantScoped).IsAssignableFrom(typeof(T));
        var tenantId = db.CurrentTenantId;
        if (scoped && tenantId == Guid.Empty)
        {
            throw new InvalidOperationException($"{typeof(T).Name} rows cannot be written without a tenant.");
        }

        var table = Table.Of(db, typeof(T));
        if (db.IsPostgres)
        {
            await CopyAsync(db, table, rows, scoped, tenantId, cancellationToken);
        }
        else
        {
            await InsertRowsAsync(db, table, rows, scoped, tenantId, cancellationToken);
        }
    }

    /// <summary>The value a column gets for a row, converted to what the provider stores.</summary>
    private static object? Value<T>(Column column, T row, bool scoped, Guid tenantId)
        where T : class
    {
        if (scoped && column.IsTenant)
        {
            var own = ((ITenantScoped)row).TenantId;
            return own == Guid.Empty || own == tenantId
                ? tenantId
                : throw new InvalidOperationException($"A {typeof(T).Name} of another tenant cannot be saved.");
        }

        var value = column.Getter.GetClrValue(row);
        return value is not null && column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private static async Task CopyAsync<T>(MuhtarDbContext db, Table table, IReadOnlyList<T> rows, bool scoped, Guid tenantId, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var command = $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(command, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (Value(column, row, scoped, tenantId) is { } value)
                {
                    await writer.WriteAsync(value, column.StoreType, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertRowsAsync<T>(MuhtarDbContext db, Table table, IReadOnlyList<T> rows, bool scoped, Guid tenantId, CancellationToken cancellationToken)
        where T : class
    {
        // SQLite runs in-process and finds each parameter by name: a few hundred parameters per statement
        // save most of the per-statement cost without making the statement itself slow.
        var rowsPerStatement = Math.Max(1, 300 / table.Columns.Count);
        var sql = db.GetService<ISqlGenerationHelper>();
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                DbCommand command;
                if (chunk.Length == rowsPerStatement)
                {
                    if (full is null)
                    {
                        full = Create(db, sql, table, rowsPerStatement);
                        await full.PrepareAsync(cancellationToken);
                    }

                    command = full;
                }
                else
                {
                    command = Create(db, sql, table, chunk.Length);
                }

                try
                {
                    for (var row = 0; row < chunk.Length; row++)
                    {
                        for (var column = 0; column < table.Columns.Count; column++)
                        {
                            command.Parameters[(row * table.Columns.Count) + column].Value =
                                Value(table.Columns[column], chunk[row], scoped, tenantId) ?? DBNull.Value;
                        }
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync();
                    }
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    /// <summary>"INSERT INTO t (a, b) VALUES (@p0, @p1), (@p2, @p3)" for <paramref name="rowCount"/> rows.</summary>
    private static DbCommand Create(MuhtarDbContext db, ISqlGenerationHelper sql, Table table, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var text = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var name = "p" + ((row * table.Columns.Count) + column);
                text.Append(column == 0 ? "" : ", ");
                sql.GenerateParameterNamePlaceholder(text, name);
                var c = table.Columns[column];
                command.Parameters.Add(c.Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, c.Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    private sealed record Column(IProperty Property, string Name, string StoreType, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool IsTenant);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns)
    {
        public static Table Of(MuhtarDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            var store = StoreObject.Of(entity);
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = entity.GetProperties()
                .Where(p => p.GetColumnName(store) is not null)
                .Select(p => new Column(p, sql.DelimitIdentifier(p.GetColumnName(store)!), p.GetColumnType(store), p.GetRelationalTypeMapping(),
                    p.GetGetter(), p.Name == nameof(ITenantScoped.TenantId)))
                .ToList();
            return new Table(sql.DelimitIdentifier(store.Name, store.Schema), columns);
        }
    }

    private static class StoreObject
    {
        public static StoreObjectIdentifier Of(IEntityType entity) => StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    }
}
