using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Editing;

/// <summary>
/// Publishes <see cref="CustomerTagAdded"/> / <see cref="CustomerTagRemoved"/> for the difference between two
/// tag lists (compared as the tag catalogue does, Turkish-casing-insensitive), in the caller's SaveChanges.
/// </summary>
internal static class TagEvents
{
    public static void Publish(MuhtarDbContext db, Guid customerId, IReadOnlyList<string> before, IReadOnlyList<string> after, DateTime now)
    {
        var old = before.GroupBy(CustomerTag.Normalize).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.GroupBy(CustomerTag.Normalize).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var tag in current.Where(p => !old.ContainsKey(p.Key)).Select(p => p.Value))
        {
            db.Publish(new CustomerTagAdded(customerId, tag, now));
        }

        foreach (var tag in old.Where(p => !current.ContainsKey(p.Key)).Select(p => p.Value))
        {
            db.Publish(new CustomerTagRemoved(customerId, tag, now));
        }
    }
}
