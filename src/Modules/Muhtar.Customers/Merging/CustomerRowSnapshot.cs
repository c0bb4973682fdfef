using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Merging;

/// <summary>
/// Every mapped column of customer rows, as JSON, so undo can put a row back exactly as it was, whatever
/// columns the customer gains later (each is read through the EF model, not listed by hand).
/// </summary>
internal static class CustomerRowSnapshot
{
    public static string Capture(DbContext db, IEnumerable<Customer> customers)
    {
        var rows = customers.ToDictionary(
            c => c.Id,
            c =>
            {
                var values = db.Entry(c).CurrentValues;
                return values.Properties.ToDictionary(p => p.Name, p => values[p]);
            });
        return JsonSerializer.Serialize(rows);
    }

    public static IReadOnlyDictionary<Guid, Dictionary<string, JsonElement>> Read(string snapshot) =>
        JsonSerializer.Deserialize<Dictionary<Guid, Dictionary<string, JsonElement>>>(snapshot) ?? [];

    /// <summary>Writes the snapshot's values back onto the tracked row (the key and tenant never change).</summary>
    public static void Restore(DbContext db, Customer customer, IReadOnlyDictionary<string, JsonElement> row)
    {
        var values = db.Entry(customer).CurrentValues;
        foreach (var property in values.Properties)
        {
            if (property.IsPrimaryKey() || property.Name == nameof(Customer.TenantId) || !row.TryGetValue(property.Name, out var value))
            {
                continue;
            }

            values[property] = value.ValueKind == JsonValueKind.Null ? null : value.Deserialize(property.ClrType);
        }
    }

    /// <summary>The value a field had in the snapshot, as the JSON the page shows.</summary>
    public static string? Text(IReadOnlyDictionary<string, JsonElement> row, string property) =>
        row.TryGetValue(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
