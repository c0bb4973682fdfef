namespace Muhtar.Customers.Import;

/// <summary>An import as the API and the page see it.</summary>
internal sealed record ImportResponse(
    Guid Id,
    string FileName,
    string Status,
    string Format,
    string? Encoding,
    string? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ColumnTarget> Mapping,
    IReadOnlyList<IReadOnlyList<string>> Sample,
    int TotalRows,
    ImportReport? DryRun,
    ImportReport Progress,
    string? Error,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);

/// <summary>Rows done of <see cref="TotalRows"/> and what became of them; for the dry run, what would.</summary>
internal sealed record ImportReport(int RowsDone, int TotalRows, int Percent, int Created, int Updated, int Merged, int Rejected);

/// <summary>PUT …/mapping: which column goes where (unlisted columns are ignored).</summary>
internal sealed record ImportMappingRequest(IReadOnlyList<ColumnTarget>? Columns);

/// <summary>One rejected row: its number in the file (1 = first row after the header), the field and the reason.</summary>
internal sealed record ImportRejectionResponse(int Row, string Field, string Reason, IReadOnlyList<string> Cells);
