namespace Muhtar.Customers.Customers;

/// <summary>The merge state of a customer (C4): a merged customer is kept, hidden, and points at its survivor.</summary>
internal sealed partial class Customer
{
    /// <summary>Set when this customer was merged into another; it is then hidden from lists and search.</summary>
    public Guid? MergedIntoId { get; private set; }

    public DateTime? MergedAt { get; private set; }

    public bool IsMerged => MergedIntoId is not null;

    /// <summary>Hides this customer behind <paramref name="survivorId"/>: archived, and its phone, e-mail and card
    /// number released (the merge record keeps them), so the unique keys can move to the survivor or be reused.</summary>
    public void MarkMerged(Guid survivorId, DateTime now)
    {
        MergedIntoId = survivorId;
        MergedAt = now;
        IsArchived = true;
        ArchivedAt = now;
        ReleaseKeys();
        UpdatedAt = now;
    }

    /// <summary>Frees the unique keys (phone, e-mail, card) so another row can take them in the next statement.</summary>
    public void ReleaseKeys()
    {
        Phone = null;
        Email = null;
        EmailNormalized = null;
        CardNumber = null;
    }

    /// <summary>Recomputes the search words from the names, after the row's values were restored wholesale.</summary>
    public void RebuildSearchTokens() => ReconcileSearchTokens();
}
