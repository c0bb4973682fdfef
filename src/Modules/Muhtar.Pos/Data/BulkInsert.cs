using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Data;

/// <summary>
/// Inserts many rows of one entity type with prepared INSERT statements, for the bulk paths (demo
/// history now; imports and benchmarks later) where change tracking costs far more than the database
/// work. Table, columns and value conversions (UTC instants, enums as text, Guids) come from the EF
/// model, so both providers get exactly what SaveChanges would write. It bypasses SaveChanges, so it
/// stamps the current tenant itself, refuses a row of another tenant, and must not be used for
/// audited entities or ones that publish events.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(MuhtarDbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class, ITenantScoped
    {
        var tenantId = db.CurrentTenantId;
        if (tenantId == Guid.Empty)
        {
            throw new InvalidOperationException($"{typeof(T).Name} rows cannot be written without a tenant.");
        }

        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();
        // PostgreSQL is across a socket: many rows per statement save round trips. SQLite runs in-process
        // and finds each parameter by name, so very wide statements cost more than they save there.
        var rowsPerStatement = Math.Max(1, (db.IsPostgres ? 4_000 : 300) / columns.Count);
        var statement = new Statement(db, table, columns, tenantId);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var full = statement.Create(Math.Min(rowsPerStatement, rows.Count));
            await full.PrepareAsync(ct);
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                if (chunk.Length == full.Parameters.Count / columns.Count)
                {
                    statement.Bind(full, chunk);
                    await full.ExecuteNonQueryAsync(ct);
                    continue;
                }

                await using var rest = statement.Create(chunk.Length);
                statement.Bind(rest, chunk);
                await rest.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);

    /// <summary>Builds "INSERT INTO t (a, b) VALUES (@p0, @p1), (@p2, @p3)" commands and binds rows to them.</summary>
    private sealed class Statement(MuhtarDbContext db, StoreObjectIdentifier table, List<Column> columns, Guid tenantId)
    {
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

        public DbCommand Create(int rowCount)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var text = new StringBuilder("INSERT INTO ")
                .Append(_sql.DelimitIdentifier(table.Name, table.Schema))
                .Append(" (")
                .AppendJoin(", ", columns.Select(c => _sql.DelimitIdentifier(c.Name)))
                .Append(") VALUES ");
            for (var row = 0; row < rowCount; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = "p" + ((row * columns.Count) + column);
                    text.Append(column == 0 ? "" : ", ");
                    _sql.GenerateParameterNamePlaceholder(text, name);
                    var c = columns[column];
                    command.Parameters.Add(c.Mapping.CreateParameter(command, _sql.GenerateParameterName(name), null, c.Property.IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            return command;
        }

        public void Bind<T>(DbCommand command, T[] rows)
            where T : class, ITenantScoped
        {
            for (var row = 0; row < rows.Length; row++)
            {
                if (rows[row].TenantId != Guid.Empty && rows[row].TenantId != tenantId)
                {
                    throw new InvalidOperationException($"A {typeof(T).Name} of another tenant cannot be saved.");
                }

                for (var column = 0; column < columns.Count; column++)
                {
                    var c = columns[column];
                    var value = c.Property.Name == nameof(ITenantScoped.TenantId) ? tenantId : c.Getter.GetClrValue(rows[row]);
                    // What the mapping's CreateParameter would do with the value: provider conversion, then DBNull for null.
                    value = value is null ? null : c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
                    command.Parameters[(row * columns.Count) + column].Value = value ?? DBNull.Value;
                }
            }
        }
    }
}
