using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Import;

/// <summary>
/// A row the import refused, with its original cells, so the rejected rows can be downloaded, fixed and
/// imported again. Dry-run rejections are kept apart from the run's (<see cref="DryRun"/>).
/// </summary>
internal sealed class ImportRejection : ITenantScoped
{
    public const int MaxReasonLength = 1000;

    private ImportRejection()
    {
    }

    public ImportRejection(Guid importId, bool dryRun, int rowNumber, string field, string reason, string cellsJson)
    {
        Id = Guid.CreateVersion7();
        ImportId = importId;
        DryRun = dryRun;
        RowNumber = rowNumber;
        Field = field;
        Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        CellsJson = cellsJson;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ImportId { get; private set; }

    public bool DryRun { get; private set; }

    /// <summary>1 = the first data row (the header not counted), as a user counts in the file after the header.</summary>
    public int RowNumber { get; private set; }

    /// <summary>The field at fault (phone, birthDate…), as the API names it.</summary>
    public string Field { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string CellsJson { get; private set; } = "[]";
}
