using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Import;

/// <summary>
/// One customer import (C6): the uploaded file, how its columns map to fields, the dry-run report and the
/// run's progress. <see cref="RowsDone"/> is the checkpoint: it is saved in the same transaction as the
/// batch of customers it counts, so a resumed run starts right after the last committed row.
/// </summary>
internal sealed class CustomerImport : ITenantScoped
{
    public const int MaxFileNameLength = 260;

    private CustomerImport()
    {
    }

    public CustomerImport(Guid id, string fileName, long sizeBytes, ImportFormat format, string? encoding, string? delimiter, int totalRows,
        string columnsJson, string mappingJson, Guid? userId, string? actor, string culture, DateTime now)
    {
        Culture = culture;
        Id = id;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        SizeBytes = sizeBytes;
        Format = format;
        Encoding = encoding;
        Delimiter = delimiter;
        TotalRows = totalRows;
        ColumnsJson = columnsJson;
        MappingJson = mappingJson;
        CreatedByUserId = userId;
        CreatedBy = actor;
        CreatedAt = now;
        UpdatedAt = now;
        Status = ImportStatus.Uploaded;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string FileName { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public ImportFormat Format { get; private set; }

    /// <summary>"utf-8" or "windows-1254" for CSV; null for Excel.</summary>
    public string? Encoding { get; private set; }

    /// <summary>"," or ";" (or tab) for CSV; null for Excel.</summary>
    public string? Delimiter { get; private set; }

    /// <summary>Data rows (the header not counted).</summary>
    public int TotalRows { get; private set; }

    /// <summary>The header cells, as a JSON array of strings.</summary>
    public string ColumnsJson { get; private set; } = "[]";

    /// <summary>The column → target mapping, as JSON (see <see cref="ImportMapping"/>).</summary>
    public string MappingJson { get; private set; } = "[]";

    public ImportStatus Status { get; private set; }

    /// <summary>The uploader's UI culture ("tr", "en"): the job writes rejection reasons in it.</summary>
    public string Culture { get; private set; } = "tr";

    public Guid? CreatedByUserId { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    public bool HasDryRun { get; private set; }

    public int DryRowsDone { get; private set; }

    public int DryCreated { get; private set; }

    public int DryUpdated { get; private set; }

    public int DryMerged { get; private set; }

    public int DryRejected { get; private set; }

    /// <summary>The checkpoint: data rows committed (row numbers 1..RowsDone are done).</summary>
    public int RowsDone { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Merged { get; private set; }

    public int Rejected { get; private set; }

    public bool CanChange => Status is ImportStatus.Uploaded or ImportStatus.Analysed;

    public void ChangeMapping(string mappingJson, DateTime now)
    {
        MappingJson = mappingJson;
        Status = ImportStatus.Uploaded;
        HasDryRun = false;
        UpdatedAt = now;
    }

    public void QueueDryRun(DateTime now)
    {
        Status = ImportStatus.Analysing;
        Error = null;
        UpdatedAt = now;
    }

    public void StartDryRun(DateTime now)
    {
        DryRowsDone = DryCreated = DryUpdated = DryMerged = DryRejected = 0;
        UpdatedAt = now;
    }

    public void DryRunProgress(int rowsDone, ImportCounts counts, DateTime now)
    {
        DryRowsDone = rowsDone;
        DryCreated = counts.Created;
        DryUpdated = counts.Updated;
        DryMerged = counts.Merged;
        DryRejected = counts.Rejected;
        UpdatedAt = now;
    }

    public void FinishDryRun(DateTime now)
    {
        HasDryRun = true;
        Status = ImportStatus.Analysed;
        UpdatedAt = now;
    }

    public void QueueRun(DateTime now)
    {
        Status = ImportStatus.Running;
        Error = null;
        StartedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>Moves the checkpoint; saved with the batch it counts.</summary>
    public void Checkpoint(int rowsDone, ImportCounts counts, DateTime now)
    {
        RowsDone = rowsDone;
        Created = counts.Created;
        Updated = counts.Updated;
        Merged = counts.Merged;
        Rejected = counts.Rejected;
        UpdatedAt = now;
    }

    public void Complete(DateTime now)
    {
        Status = ImportStatus.Completed;
        FinishedAt = now;
        UpdatedAt = now;
    }

    public void Fail(string error, DateTime now)
    {
        Status = ImportStatus.Failed;
        Error = error.Length > 1000 ? error[..1000] : error;
        UpdatedAt = now;
    }

    public ImportCounts RunCounts => new(Created, Updated, Merged, Rejected);
}
