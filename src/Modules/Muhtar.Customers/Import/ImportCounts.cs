namespace Muhtar.Customers.Import;

/// <summary>What an import did (or, in a dry run, would do) with its rows.</summary>
internal sealed record ImportCounts(int Created, int Updated, int Merged, int Rejected)
{
    public static readonly ImportCounts Zero = new(0, 0, 0, 0);

    public ImportCounts Add(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Created => this with { Created = Created + 1 },
        RowOutcome.Updated => this with { Updated = Updated + 1 },
        RowOutcome.Merged => this with { Merged = Merged + 1 },
        _ => this with { Rejected = Rejected + 1 },
    };
}

internal enum RowOutcome
{
    Created,
    Updated,
    Merged,
    Rejected,
}
