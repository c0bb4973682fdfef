namespace Muhtar.Customers.Duplicates;

/// <summary>
/// Joins candidate pairs into groups: customers connected through any chain of candidates (A~B and B~C make
/// one group A, B, C even when A and C were never compared as a pair). A group is named by its best pair
/// (highest score, then smallest id), so its id is the id of a real candidate and stays the same until the
/// next scan rewrites the candidates.
/// </summary>
internal static class DuplicateGroups
{
    public static List<Group> Build(IEnumerable<Pair> pairs)
    {
        var list = pairs.ToList();
        var parent = new Dictionary<Guid, Guid>();
        foreach (var pair in list)
        {
            Union(parent, pair.FirstId, pair.SecondId);
        }

        return list
            .GroupBy(p => Find(parent, p.FirstId))
            .Select(g =>
            {
                var ordered = g.OrderByDescending(p => p.Score).ThenBy(p => p.Id).ToList();
                var members = ordered.SelectMany(p => new[] { p.FirstId, p.SecondId }).Distinct().ToList();
                return new Group(ordered[0].Id, ordered[0].Score, members, ordered);
            })
            .OrderByDescending(g => g.Score).ThenBy(g => g.Id)
            .ToList();
    }

    private static Guid Find(Dictionary<Guid, Guid> parent, Guid id)
    {
        var root = id;
        while (parent.TryGetValue(root, out var up) && up != root)
        {
            root = up;
        }

        // Path compression keeps long chains (a very common name) cheap on the next lookups.
        while (parent.TryGetValue(id, out var up) && up != root)
        {
            parent[id] = root;
            id = up;
        }

        return root;
    }

    private static void Union(Dictionary<Guid, Guid> parent, Guid a, Guid b)
    {
        parent.TryAdd(a, a);
        parent.TryAdd(b, b);
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            // The smaller id becomes the root, so the same pairs always give the same roots.
            if (ra.CompareTo(rb) < 0)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    internal sealed record Pair(Guid Id, Guid FirstId, Guid SecondId, int Score, string Reasons);

    internal sealed record Group(Guid Id, int Score, IReadOnlyList<Guid> Members, IReadOnlyList<Pair> Pairs);
}
