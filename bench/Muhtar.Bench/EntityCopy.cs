using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Muhtar.Bench;

/// <summary>
/// Streams entities into PostgreSQL with binary COPY, reading table, columns and value converters from
/// the EF model, so the rows are exactly what the application itself would have written.
/// </summary>
internal sealed class EntityCopy<T>(DbContext db, Guid tenantId)
    where T : class
{
    private readonly IEntityType _entity = db.Model.FindEntityType(typeof(T))!;

    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows)
    {
        var table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        var properties = _entity.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var property in properties)
            {
                var value = property.Name == "TenantId" ? tenantId : property.GetGetter().GetClrValue(row);
                var converter = property.GetTypeMapping().Converter;
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(value, property.GetColumnType());
                }
            }
        }

        return await writer.CompleteAsync();
    }
}
