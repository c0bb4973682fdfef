using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Merging;

/// <summary>
/// One merge of customers into a survivor (C4), kept so it can be shown, audited and undone: the rows as
/// they were before (<see cref="Snapshot"/>) and what every participant needs to put its rows back.
/// </summary>
internal sealed class CustomerMerge : ITenantScoped
{
    private CustomerMerge()
    {
    }

    public CustomerMerge(Guid survivorId, IReadOnlyList<Guid> mergedIds, string fields, string snapshot, Guid? actorUserId, string? actorName, DateTime now)
    {
        Id = Guid.CreateVersion7();
        SurvivorId = survivorId;
        MergedIds = string.Join(',', mergedIds);
        Fields = fields;
        Snapshot = snapshot;
        ActorUserId = actorUserId;
        ActorName = actorName;
        At = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid SurvivorId { get; private set; }

    /// <summary>Comma-separated ids of the customers merged into the survivor, in merge order.</summary>
    public string MergedIds { get; private set; } = "";

    /// <summary>JSON: which customer each chosen field came from.</summary>
    public string Fields { get; private set; } = "{}";

    /// <summary>JSON: every column of the survivor's and the merged customers' rows before the merge.</summary>
    public string Snapshot { get; private set; } = "{}";

    /// <summary>JSON: each participant's undo state, per merged customer.</summary>
    public string ParticipantStates { get; private set; } = "[]";

    /// <summary>Display names at the time, for the timeline and the merge page.</summary>
    public string MergedNames { get; private set; } = "";

    public Guid? ActorUserId { get; private set; }

    public string? ActorName { get; private set; }

    public DateTime At { get; private set; }

    public DateTime? UndoneAt { get; private set; }

    public string? UndoneBy { get; private set; }

    public IReadOnlyList<Guid> MergedIdList => MergedIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public bool Involves(Guid customerId) => SurvivorId == customerId || MergedIdList.Contains(customerId);

    public void Complete(string participantStates, string mergedNames)
    {
        ParticipantStates = participantStates;
        MergedNames = mergedNames;
    }

    public void MarkUndone(string? actor, DateTime now)
    {
        UndoneAt = now;
        UndoneBy = actor;
    }
}
