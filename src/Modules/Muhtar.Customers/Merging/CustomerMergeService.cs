using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Duplicates;
using Muhtar.Customers.Editing;
using Muhtar.Customers.Search;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Merging;

/// <summary>
/// Merges customers into a survivor and undoes merges (C4). Everything happens in one transaction on one
/// context: the survivor takes the chosen values, every <see cref="ICustomerMergeParticipant"/> moves its rows,
/// the merged customers are hidden, and a <see cref="CustomerMerge"/> keeps what undo needs.
/// </summary>
internal sealed class CustomerMergeService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    CustomerValidator validator,
    IEnumerable<ICustomerMergeParticipant> participants,
    IStringLocalizer<MergeResource> text,
    ActiveCustomerTotals totals)
{
    public const int MaxMerged = 10;

    /// <summary>How long a merge can be undone.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(30);

    private readonly IReadOnlyList<ICustomerMergeParticipant> _participants = participants.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<MergeResponse> MergeAsync(MergeRequest request, CancellationToken cancellationToken = default)
    {
        var mergedIds = (request.MergedIds ?? []).Distinct().ToList();
        if (mergedIds.Count == 0 || mergedIds.Contains(request.SurvivorId))
        {
            throw new RuleViolation("mergedIds", text["Validation.MergedIdsInvalid"]);
        }

        if (mergedIds.Count > MaxMerged)
        {
            throw new RuleViolation("mergedIds", text["Validation.TooMany", MaxMerged]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = mergedIds.Append(request.SurvivorId).ToList();
        var customers = await db.Set<Customer>().Include(c => c.Tags).Include(c => c.ExternalIds).Include(c => c.SearchTokens)
            .AsSplitQuery().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        if (customers.Count != ids.Count || customers.Values.Any(c => c.IsMerged))
        {
            // Another business's id, an unknown one, or a customer already merged away: the same "not found".
            throw new RuleViolation(customers.ContainsKey(request.SurvivorId) ? "mergedIds" : "survivorId", text["Problem.NotFound"], 404);
        }

        var survivor = customers[request.SurvivorId];
        var merged = mergedIds.Select(id => customers[id]).ToList();
        if (merged.Any(m => m.Kind != survivor.Kind))
        {
            throw new RuleViolation("mergedIds", text["Validation.KindsDiffer"]);
        }

        var fields = CheckFields(request.Fields, ids);
        var draft = SurvivorDraft(survivor, fields, customers);
        var snapshot = CustomerRowSnapshot.Capture(db, customers.Values);
        var merge = new CustomerMerge(survivor.Id, mergedIds, JsonSerializer.Serialize(fields), snapshot, tenant.UserId, tenant.ActorName, Now);

        // The merged rows release their phone, e-mail and card first, so the survivor can take them
        // without the unique indexes ever seeing two rows with one value.
        foreach (var m in merged)
        {
            m.MarkMerged(survivor.Id, Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var survivorTags = survivor.Tags.Select(t => t.Name).ToList();
        survivor.Apply(draft);
        survivor.Touch(Now);
        await db.SaveChangesAsync(cancellationToken);

        var states = new List<ParticipantState>();
        foreach (var m in merged)
        {
            foreach (var participant in _participants)
            {
                states.Add(new ParticipantState(participant.Name, m.Id, await participant.MoveAsync(db, m.Id, survivor.Id, cancellationToken)));
            }
        }

        merge.Complete(JsonSerializer.Serialize(states), string.Join(", ", merged.Select(m => m.DisplayName)));
        db.Add(merge);
        await db.Set<DuplicateCandidate>()
            .Where(d => mergedIds.Contains(d.FirstId) || mergedIds.Contains(d.SecondId))
            .ExecuteDeleteAsync(cancellationToken);
        db.Publish(new CustomersMerged(merge.Id, survivor.Id, mergedIds, Now));
        TagEvents.Publish(db, survivor.Id, survivorTags, draft.Tags, Now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        totals.Forget(tenant.TenantId);
        return ToResponse(merge);
    }

    public async Task<MergeResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merge = await db.Set<CustomerMerge>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return merge is null ? null : ToResponse(merge);
    }

    /// <summary>
    /// Puts every row back as it was before the merge. Refused after <see cref="UndoWindow"/>, when already
    /// undone, and while a later merge involves any of these customers (undo that one first): restoring
    /// under a later merge would split rows that merge has since moved on.
    /// </summary>
    public async Task<MergeResponse?> UndoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await db.Set<CustomerMerge>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (merge is null)
        {
            return null;
        }

        await CheckUndoableAsync(db, merge, cancellationToken);
        var states = JsonSerializer.Deserialize<List<ParticipantState>>(merge.ParticipantStates) ?? [];
        var byName = _participants.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var state in Enumerable.Reverse(states))
        {
            if (!byName.TryGetValue(state.Participant, out var participant))
            {
                throw new InvalidOperationException($"Merge {merge.Id} needs participant '{state.Participant}', which is not registered.");
            }

            await participant.UndoAsync(db, state.From, merge.SurvivorId, state.State, cancellationToken);
        }

        var rows = CustomerRowSnapshot.Read(merge.Snapshot);
        var ids = rows.Keys.ToList();
        var customers = await db.Set<Customer>().Include(c => c.SearchTokens).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var customer in customers)
        {
            customer.ReleaseKeys();
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var customer in customers)
        {
            CustomerRowSnapshot.Restore(db, customer, rows[customer.Id]);
            customer.RebuildSearchTokens();
        }

        merge.MarkUndone(tenant.ActorName, Now);
        db.Publish(new CustomerMergeUndone(merge.Id, merge.SurvivorId, merge.MergedIdList, Now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        totals.Forget(tenant.TenantId);
        return ToResponse(merge);
    }

    /// <summary>The latest merges into <paramref name="survivorId"/>, for its page and timeline.</summary>
    public async Task<IReadOnlyList<CustomerMerge>> ListForSurvivorAsync(Guid survivorId, DateTime? before, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merges = db.Set<CustomerMerge>().AsNoTracking().Where(m => m.SurvivorId == survivorId);
        if (before is { } at)
        {
            merges = merges.Where(m => m.At <= at);
        }

        return await merges.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>The customer this one was merged into, or null.</summary>
    public async Task<Guid?> MergedIntoAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Customer>().Where(c => c.Id == customerId).Select(c => c.MergedIntoId).FirstOrDefaultAsync(cancellationToken);
    }

    public bool CanUndo(CustomerMerge merge) => merge.UndoneAt is null && Now - merge.At <= UndoWindow;

    private async Task CheckUndoableAsync(MuhtarDbContext db, CustomerMerge merge, CancellationToken cancellationToken)
    {
        if (merge.UndoneAt is not null)
        {
            throw new RuleViolation("id", text["Undo.AlreadyUndone"], 409);
        }

        if (Now - merge.At > UndoWindow)
        {
            throw new RuleViolation("id", text["Undo.TooOld", (int)UndoWindow.TotalDays], 409);
        }

        var involved = merge.MergedIdList.Append(merge.SurvivorId).ToHashSet();
        var later = await db.Set<CustomerMerge>().AsNoTracking()
            .Where(m => m.Id != merge.Id && m.UndoneAt == null && m.At >= merge.At)
            .ToListAsync(cancellationToken);
        if (later.FirstOrDefault(m => involved.Any(m.Involves)) is { } blocking)
        {
            throw new RuleViolation("id", text["Undo.LaterMerge"], 409).With("blockingMergeId", blocking.Id);
        }
    }

    private Dictionary<string, Guid> CheckFields(IReadOnlyDictionary<string, Guid>? fields, IReadOnlyList<Guid> ids)
    {
        var checkedFields = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (field, source) in fields ?? new Dictionary<string, Guid>())
        {
            if (!MergeFields.All.Contains(field))
            {
                throw new RuleViolation($"fields.{field}", text["Validation.UnknownField", field]);
            }

            if (!ids.Contains(source))
            {
                throw new RuleViolation($"fields.{field}", text["Validation.FieldSourceNotInMerge"]);
            }

            checkedFields[field] = source;
        }

        return checkedFields;
    }

    private CustomerDraft SurvivorDraft(Customer survivor, IReadOnlyDictionary<string, Guid> fields, IReadOnlyDictionary<Guid, Customer> customers)
    {
        var request = CustomerMapping.ToRequest(survivor);
        foreach (var (field, source) in fields)
        {
            request = MergeFields.Take(request, field, CustomerMapping.ToRequest(customers[source]));
        }

        var (draft, errors) = validator.Validate(request);
        return draft ?? throw new RuleViolation($"fields.{errors[0].Field}", errors[0].Message);
    }

    private MergeResponse ToResponse(CustomerMerge merge) => new(
        merge.Id,
        merge.SurvivorId,
        merge.MergedIdList,
        JsonSerializer.Deserialize<Dictionary<string, Guid>>(merge.Fields) ?? [],
        Utc(merge.At),
        merge.ActorName,
        merge.UndoneAt is { } undone ? Utc(undone) : null,
        Utc(merge.At + UndoWindow),
        CanUndo(merge));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    internal sealed record ParticipantState(string Participant, Guid From, string? State);
}
