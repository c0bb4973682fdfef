using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Abstractions.Consent;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Import;

/// <summary>
/// The import flow (C6): upload (inspected at once: a broken file is refused whole), map columns, dry run,
/// run. The dry run and the run are jobs, so they survive restarts; their progress is read from the import row.
/// </summary>
internal sealed partial class CustomerImportService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    ImportFileStore files,
    ImportInspector inspector,
    IOptions<ImportOptions> options,
    IStringLocalizer<ImportResource> text,
    IEnumerable<IConsentLedger> ledgers)
{
    public const string AuditEntityType = "CustomerImport";
    public const int MaxAttempts = 5;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Consent columns are offered only when a consent ledger is installed.</summary>
    public bool ConsentAvailable => ledgers.Any();

    /// <summary>A header that reads like one of the business's custom fields (its label or key, Turkish-folded).</summary>
    private static string SuggestCustom(string header, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var folded = TurkishText.Fold(header).Replace(" ", "", StringComparison.Ordinal);
        var match = fields.FirstOrDefault(f => TurkishText.Fold(f.Label).Replace(" ", "", StringComparison.Ordinal) == folded
            || TurkishText.Fold(f.Key).Replace("_", "", StringComparison.Ordinal) == folded.Replace("_", "", StringComparison.Ordinal));
        return match is null ? ImportTargets.Ignore : ImportTargets.CustomPrefix + match.Key;
    }

    public async Task<ImportResponse> UploadAsync(Stream content, string? fileName, string? delimiter, string? encoding, CancellationToken cancellationToken = default)
    {
        var id = Guid.CreateVersion7();
        var path = files.PathOf(tenant.TenantId, id);
        var size = await files.SaveAsync(content, path, cancellationToken);
        ImportFileInfo info;
        try
        {
            info = await inspector.InspectAsync(path, delimiter, encoding, cancellationToken);
        }
        catch
        {
            ImportFileStore.Delete(path);
            throw;
        }

        await using var fieldsDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customFields = await fieldsDb.Set<CustomFieldDefinition>().AsNoTracking().Where(f => !f.IsArchived).ToListAsync(cancellationToken);
        var suggested = ImportTargets.SuggestAll(info.Columns)
            .Select((target, column) => new ColumnTarget(column, target.Length > 0 ? target : SuggestCustom(info.Columns[column], customFields)))
            .Where(m => ConsentAvailable || !m.Target.StartsWith(ImportTargets.ConsentPrefix, StringComparison.Ordinal));
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "import" : fileName.Trim());
        var import = new CustomerImport(id, name, size, info.Format, info.Encoding, info.Delimiter, info.TotalRows,
            ImportMapping.WriteColumns(info.Columns), ImportMapping.Write(suggested), tenant.UserId, tenant.ActorName,
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "tr", Now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(import, info.Sample);
    }

    public async Task<ImportResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(id, cancellationToken);
        return import is null ? null : ToResponse(import, Sample(import));
    }

    public async Task<IReadOnlyList<ImportResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var imports = await db.Set<CustomerImport>().AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return imports.Select(i => ToResponse(i, [])).ToList();
    }

    public async Task<ImportResponse?> SetMappingAsync(Guid id, IReadOnlyList<ColumnTarget>? mapping, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var import = await db.Set<CustomerImport>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return null;
        }

        EnsureChangeable(import);
        var checkedMapping = CheckMapping(mapping ?? [], ImportMapping.Columns(import.ColumnsJson).Count, await CustomKeysAsync(db, cancellationToken));
        import.ChangeMapping(ImportMapping.Write(checkedMapping), Now);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(import, Sample(import));
    }

    public async Task<ImportResponse?> StartDryRunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var import = await db.Set<CustomerImport>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return null;
        }

        EnsureChangeable(import);
        CheckMapping(ImportMapping.Parse(import.MappingJson), ImportMapping.Columns(import.ColumnsJson).Count, await CustomKeysAsync(db, cancellationToken));
        import.QueueDryRun(Now);
        db.Enqueue(new ImportDryRunTask(id), Now, maxAttempts: MaxAttempts);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(import, []);
    }

    public async Task<ImportResponse?> StartRunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var import = await db.Set<CustomerImport>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return null;
        }

        EnsureChangeable(import);
        CheckMapping(ImportMapping.Parse(import.MappingJson), ImportMapping.Columns(import.ColumnsJson).Count, await CustomKeysAsync(db, cancellationToken));
        import.QueueRun(Now);
        db.Enqueue(new ImportRunTask(id), Now, $"customer-import:{id}:run:0", MaxAttempts);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(import, []);
    }

    public async Task<ListPage<ImportRejectionResponse>?> ListRejectionsAsync(Guid id, bool dryRun, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<CustomerImport>().AnyAsync(i => i.Id == id, cancellationToken))
        {
            return null;
        }

        var rows = db.Set<ImportRejection>().AsNoTracking().Where(r => r.ImportId == id && r.DryRun == dryRun);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(r => r.RowNumber).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(items.Select(r => new ImportRejectionResponse(r.RowNumber, r.Field, r.Reason, ImportMapping.Columns(r.CellsJson))).ToList(), page, pageSize, total);
    }

    private async Task<CustomerImport?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<CustomerImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    private void EnsureChangeable(CustomerImport import)
    {
        if (!import.CanChange)
        {
            throw new RuleViolation("status", text["Import.NotChangeable"], StatusCodes.Status409Conflict);
        }
    }

    /// <summary>The first rows again, for the mapping screen; none once the file is gone (import done).</summary>
    private IReadOnlyList<IReadOnlyList<string>> Sample(CustomerImport import)
    {
        var path = files.PathOf(import.TenantId, import.Id);
        if (!import.CanChange || !File.Exists(path))
        {
            return [];
        }

        var width = ImportMapping.Columns(import.ColumnsJson).Count;
        return ImportRecords.Read(path, import.Format, import.Encoding, import.Delimiter, options.Value.MaxCellLength)
            .Skip(1).Take(ImportInspector.SampleRows).Select(r => (IReadOnlyList<string>)ImportInspector.Fit(r, width)).ToList();
    }

    private static ImportResponse ToResponse(CustomerImport i, IReadOnlyList<IReadOnlyList<string>> sample) => new(
        i.Id,
        i.FileName,
        i.Status.ToString().ToLowerInvariant(),
        i.Format.ToString().ToLowerInvariant(),
        i.Encoding,
        i.Delimiter,
        ImportMapping.Columns(i.ColumnsJson),
        ImportMapping.Parse(i.MappingJson),
        sample,
        i.TotalRows,
        i.Status == ImportStatus.Analysing || i.HasDryRun
            ? Report(i.DryRowsDone, i.TotalRows, new(i.DryCreated, i.DryUpdated, i.DryMerged, i.DryRejected))
            : null,
        Report(i.RowsDone, i.TotalRows, i.RunCounts),
        i.Error,
        i.CreatedBy,
        Utc(i.CreatedAt),
        i.FinishedAt is { } finished ? Utc(finished) : null);

    private static ImportReport Report(int done, int total, ImportCounts counts) =>
        new(done, total, total == 0 ? 0 : (int)(done * 100L / total), counts.Created, counts.Updated, counts.Merged, counts.Rejected);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
