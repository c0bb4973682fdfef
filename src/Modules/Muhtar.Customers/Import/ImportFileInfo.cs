namespace Muhtar.Customers.Import;

/// <summary>What the inspection found in a readable file.</summary>
internal sealed record ImportFileInfo(
    ImportFormat Format, string? Encoding, string? Delimiter, IReadOnlyList<string> Columns, int TotalRows,
    IReadOnlyList<IReadOnlyList<string>> Sample);
