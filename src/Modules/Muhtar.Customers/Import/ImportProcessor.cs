using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Duplicates;
using Muhtar.Customers.Editing;
using Muhtar.Customers.Search;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Import;

/// <summary>
/// Streams an import's file in batches (<see cref="ImportOptions.BatchSize"/> rows per transaction). A run
/// commits each batch's customers, its rejected rows and the moved checkpoint in one SaveChanges, so a
/// crash loses at most the uncommitted batch, which the resumed run does again; nothing is imported twice.
/// A run hands over to a fresh job after about a minute (queued in the same transaction as its last
/// batch), so no job holds its lease for long. A dry run reads the same way and writes only its report.
/// </summary>
internal sealed class ImportProcessor(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    CustomerValidator validator,
    ImportRowParser parser,
    ImportFileStore files,
    IOptions<ImportOptions> options,
    ActiveCustomerTotals totals,
    IEnumerable<IImportBatchHook> hooks,
    CustomFieldValues customValues,
    IStringLocalizer<ImportResource> text)
{
    public static readonly TimeSpan Slice = TimeSpan.FromSeconds(60);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private int BatchSize => options.Value.BatchSize;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(importId, cancellationToken);
        if (import is null || import.Status != ImportStatus.Running)
        {
            return;
        }

        var mapping = ImportMapping.Parse(import.MappingJson);
        var fields = await CustomFieldsAsync(mapping, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var progress = (Counts: import.RunCounts, Checkpoint: import.RowsDone);
        var batch = new List<(int Number, string[] Cells)>(BatchSize);
        var clock = Stopwatch.StartNew();
        var number = 0;
        foreach (var cells in Rows(import))
        {
            number++;
            if (number <= progress.Checkpoint)
            {
                // Replaying committed rows only rebuilds which keys the file has already used ("merged" counts).
                seen.UnionWith(parser.Parse(cells, mapping, fields).Keys);
                continue;
            }

            batch.Add((number, cells));
            if (batch.Count < BatchSize)
            {
                continue;
            }

            var handOver = clock.Elapsed >= Slice && number < import.TotalRows;
            progress = await CommitAsync(import, mapping, fields, batch, progress, seen, handOver, cancellationToken);
            batch.Clear();
            if (handOver)
            {
                return;
            }
        }

        if (batch.Count > 0)
        {
            progress = await CommitAsync(import, mapping, fields, batch, progress, seen, handOver: false, cancellationToken);
        }

        await FinishAsync(importId, cancellationToken);
    }

    public async Task DryRunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(importId, cancellationToken);
        if (import is null || import.Status != ImportStatus.Analysing)
        {
            return;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Set<ImportRejection>().Where(r => r.ImportId == importId && r.DryRun).ExecuteDeleteAsync(cancellationToken);
            var row = await db.Set<CustomerImport>().FirstAsync(i => i.Id == importId, cancellationToken);
            row.StartDryRun(Now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var mapping = ImportMapping.Parse(import.MappingJson);
        var fields = await CustomFieldsAsync(mapping, cancellationToken);
        var state = new DryRunState();
        var batch = new List<(int Number, string[] Cells)>(BatchSize);
        var number = 0;
        foreach (var cells in Rows(import))
        {
            batch.Add((++number, cells));
            if (batch.Count == BatchSize)
            {
                await DryBatchAsync(importId, mapping, fields, batch, state, finish: false, cancellationToken);
                batch.Clear();
            }
        }

        await DryBatchAsync(importId, mapping, fields, batch, state, finish: true, cancellationToken);
    }

    private async Task<CustomerImport?> FindAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<CustomerImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
    }

    private IEnumerable<string[]> Rows(CustomerImport import)
    {
        var width = ImportMapping.Columns(import.ColumnsJson).Count;
        var path = files.PathOf(import.TenantId, import.Id);
        return ImportRecords.Read(path, import.Format, import.Encoding, import.Delimiter, options.Value.MaxCellLength)
            .Skip(1)
            .Select(r => ImportInspector.Fit(r, width));
    }

    private async Task<(ImportCounts Counts, int Checkpoint)> CommitAsync(
        CustomerImport import, IReadOnlyList<ColumnTarget> mapping, IReadOnlyDictionary<string, CustomFieldDefinition> fields,
        List<(int Number, string[] Cells)> batch,
        (ImportCounts Counts, int Checkpoint) progress, HashSet<string> seen, bool handOver, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CustomerImport>().FirstAsync(i => i.Id == import.Id, cancellationToken);
        if (row.RowsDone != progress.Checkpoint || row.Status != ImportStatus.Running)
        {
            throw new DbUpdateConcurrencyException($"Import {import.Id} moved on under this runner (checkpoint {row.RowsDone}, expected {progress.Checkpoint}).");
        }

        var parsed = batch.Select(b => parser.Parse(b.Cells, mapping, fields)).ToList();
        var byKey = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var customer in await ImportMatcher.FindAsync(db, parsed.Where(p => p.Error is null), tracked: true, cancellationToken))
        {
            Index(byKey, customer);
        }

        var counts = progress.Counts;
        var decisions = new List<ConsentDecision>();
        var values = new Dictionary<Guid, Dictionary<string, CustomFieldValue?>>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (outcome, customer, error) = Apply(db, parsed[i], byKey, seen);
            counts = counts.Add(outcome);
            if (error is not null)
            {
                db.Add(new ImportRejection(import.Id, dryRun: false, batch[i].Number, error.Field, error.Message, ImportMapping.WriteCells(batch[i].Cells)));
            }
            else if (customer is not null)
            {
                foreach (var (key, value) in parsed[i].CustomValues ?? new Dictionary<string, CustomFieldValue?>())
                {
                    // A later row of the file for the same customer wins, as it does for the built-in fields.
                    (values.TryGetValue(customer.Id, out var own) ? own : values[customer.Id] = new(StringComparer.Ordinal))[key] = value;
                }

                decisions.AddRange(parsed[i].Consents.Select(c => new ConsentDecision(
                    customer.Id, c.Channel, c.Status, ConsentSource.Import, Now, text["Consent.Evidence", import.FileName, batch[i].Number])));
            }
        }

        // Custom-field values join the batch's transaction: they commit with their customers and the checkpoint.
        await customValues.StageAsync(
            db, values.Select(v => (v.Key, (IReadOnlyDictionary<string, CustomFieldValue?>)v.Value)).ToList(), cancellationToken);
        var last = batch[^1].Number;
        row.Checkpoint(last, counts, Now);
        if (decisions.Count > 0)
        {
            db.Enqueue(new ImportConsentTask(import.Id, decisions), Now, $"customer-import:{import.Id}:consent:{last}");
        }

        if (handOver)
        {
            db.Enqueue(new ImportRunTask(import.Id), Now, $"customer-import:{import.Id}:run:{last}", maxAttempts: CustomerImportService.MaxAttempts);
        }

        foreach (var hook in hooks)
        {
            await hook.BeforeCommitAsync(import.Id, last, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        totals.Forget(tenant.TenantId);
        return (counts, last);
    }

    /// <summary>Creates or updates the customer a valid row points at; refuses a row that points at two customers.</summary>
    private (RowOutcome Outcome, Customer? Customer, FieldError? Error) Apply(MuhtarDbContext db, ParsedRow row, Dictionary<string, Customer> byKey, HashSet<string> seen)
    {
        if (row.Error is { } invalid)
        {
            return (RowOutcome.Rejected, null, invalid);
        }

        var merged = row.Keys.Any(seen.Contains);
        seen.UnionWith(row.Keys);
        var matches = row.Keys.Where(byKey.ContainsKey).Select(k => (Key: k, Customer: byKey[k])).ToList();
        if (matches.Select(m => m.Customer.Id).Distinct().Count() > 1)
        {
            return (RowOutcome.Rejected, null, Conflict(matches.Select(m => (m.Key, m.Customer.Id)).ToList()));
        }

        if (matches.Count == 0)
        {
            var (draft, errors) = validator.Validate(row.ForCreate());
            if (draft is null)
            {
                return (RowOutcome.Rejected, null, errors[0]);
            }

            var created = new Customer(draft, Now);
            db.Add(created);
            db.Publish(new CustomerCreated(created.Id, CustomerMapping.KindName(draft.Kind), draft.Phone is not null, Now));
            TagEvents.Publish(db, created.Id, [], draft.Tags, Now);
            Index(byKey, created);
            return (RowOutcome.Created, created, null);
        }

        var customer = matches[0].Customer;
        var before = CustomerMapping.ToDraft(customer);
        var (after, problems) = validator.Validate(row.MergeInto(CustomerMapping.ToRequest(customer)));
        if (after is null)
        {
            return (RowOutcome.Rejected, null, problems[0]);
        }

        var changed = CustomerChanges.Between(before, after);
        if (changed.Count > 0)
        {
            customer.Apply(after);
            customer.Touch(Now);
            CustomerAuditLog.Record(db, tenant, customer.Id, "Tags", CustomerChanges.TagText(before), CustomerChanges.TagText(after), Now);
            CustomerAuditLog.Record(db, tenant, customer.Id, "ExternalIds", CustomerChanges.ExternalIdText(before), CustomerChanges.ExternalIdText(after), Now);
            db.Publish(new CustomerUpdated(customer.Id, changed, Now));
            TagEvents.Publish(db, customer.Id, before.Tags, after.Tags, Now);
            Index(byKey, customer);
        }

        return (merged ? RowOutcome.Merged : RowOutcome.Updated, customer, null);
    }

    /// <summary>The business's custom fields the mapping imports into, by key (empty when it imports none).</summary>
    private async Task<IReadOnlyDictionary<string, CustomFieldDefinition>> CustomFieldsAsync(
        IReadOnlyList<ColumnTarget> mapping, CancellationToken cancellationToken)
    {
        var keys = mapping.Where(m => m.Target.StartsWith(ImportTargets.CustomPrefix, StringComparison.Ordinal))
            .Select(m => m.Target[ImportTargets.CustomPrefix.Length..]).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, CustomFieldDefinition>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => keys.Contains(f.Key) && !f.IsArchived)
            .ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, cancellationToken);
    }

    private async Task DryBatchAsync(Guid importId, IReadOnlyList<ColumnTarget> mapping, IReadOnlyDictionary<string, CustomFieldDefinition> fields,
        List<(int Number, string[] Cells)> batch, DryRunState state, bool finish,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parsed = batch.Select(b => parser.Parse(b.Cells, mapping, fields)).ToList();
        var stored = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var customer in await ImportMatcher.FindAsync(db, parsed.Where(p => p.Error is null), tracked: false, cancellationToken))
        {
            Index(stored, customer);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var (outcome, error) = Judge(parsed[i], stored, state);
            state.Counts = state.Counts.Add(outcome);
            if (error is not null)
            {
                db.Add(new ImportRejection(importId, dryRun: true, batch[i].Number, error.Field, error.Message, ImportMapping.WriteCells(batch[i].Cells)));
            }
        }

        var row = await db.Set<CustomerImport>().FirstAsync(i => i.Id == importId, cancellationToken);
        row.DryRunProgress(batch.Count > 0 ? batch[^1].Number : row.DryRowsDone, state.Counts, Now);
        if (finish)
        {
            row.FinishDryRun(Now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What <see cref="Apply"/> would do, with earlier rows of the file standing in for customers not yet stored.</summary>
    private (RowOutcome Outcome, FieldError? Error) Judge(ParsedRow row, Dictionary<string, Customer> stored, DryRunState state)
    {
        if (row.Error is { } invalid)
        {
            return (RowOutcome.Rejected, invalid);
        }

        var merged = row.Keys.Any(state.Seen.Contains);
        state.Seen.UnionWith(row.Keys);
        var matches = row.Keys
            .Select(k => (Key: k, Id: state.FileKeys.TryGetValue(k, out var id) ? id : stored.TryGetValue(k, out var c) ? c.Id : Guid.Empty))
            .Where(m => m.Id != Guid.Empty)
            .ToList();
        if (matches.Select(m => m.Id).Distinct().Count() > 1)
        {
            return (RowOutcome.Rejected, Conflict(matches));
        }

        Guid target;
        RowOutcome outcome;
        if (matches.Count == 0)
        {
            var (draft, errors) = validator.Validate(row.ForCreate());
            if (draft is null)
            {
                return (RowOutcome.Rejected, errors[0]);
            }

            (target, outcome) = (Guid.NewGuid(), RowOutcome.Created);
        }
        else
        {
            target = matches[0].Id;
            var customer = stored.Values.FirstOrDefault(c => c.Id == target);
            var request = customer is null ? row.ForCreate() : row.MergeInto(CustomerMapping.ToRequest(customer));
            var (draft, errors) = validator.Validate(request);
            if (draft is null && customer is not null)
            {
                return (RowOutcome.Rejected, errors[0]);
            }

            outcome = merged ? RowOutcome.Merged : RowOutcome.Updated;
        }

        foreach (var key in row.Keys)
        {
            state.FileKeys[key] = target;
        }

        return (outcome, null);
    }

    private FieldError Conflict(IReadOnlyList<(string Key, Guid Id)> matches)
    {
        var first = matches[0];
        var other = matches.First(m => m.Id != first.Id);
        return new FieldError(ImportKeys.FieldOf(other.Key), text["Row.Conflict", Label(first.Key), Label(other.Key)]);
    }

    private string Label(string key) => text["Key." + ImportKeys.FieldOf(key)];

    private async Task FinishAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var import = await db.Set<CustomerImport>().FirstAsync(i => i.Id == importId, cancellationToken);
        import.Complete(Now);

        // One summary row for the whole import; each created customer also gets its own "created" row and
        // each update its field changes (the context writes those), so the trail stays complete but short.
        db.Add(new AuditEntry(CustomerImportService.AuditEntityType, import.Id, AuditAction.Created, "Summary", null,
            $"{import.FileName}: created {import.Created}, updated {import.Updated}, merged {import.Merged}, rejected {import.Rejected}",
            tenant.UserId, tenant.ActorName, Now));
        if (import.Created + import.Updated > 0)
        {
            // New and changed customers may duplicate old ones: the candidates list is refreshed after every import.
            db.Enqueue(new DuplicateScanTask(Now), Now, $"customers.duplicate-scan:import:{import.Id:N}");
        }

        await db.SaveChangesAsync(cancellationToken);
        ImportFileStore.Delete(files.PathOf(import.TenantId, import.Id));
    }

    private static void Index(Dictionary<string, Customer> byKey, Customer customer)
    {
        foreach (var key in ImportKeys.Of(customer))
        {
            byKey[key] = customer;
        }
    }

    private sealed class DryRunState
    {
        public ImportCounts Counts { get; set; } = ImportCounts.Zero;

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> FileKeys { get; } = new(StringComparer.Ordinal);
    }
}
