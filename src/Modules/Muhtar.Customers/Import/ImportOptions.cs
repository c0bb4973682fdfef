namespace Muhtar.Customers.Import;

/// <summary>Bound from <c>Customers:Import</c>.</summary>
internal sealed class ImportOptions
{
    public const string Section = "Customers:Import";

    /// <summary>
    /// Where uploaded files are kept until their import is done. Every instance must see the same folder
    /// (a shared volume when several instances run), because a resumed import may run on another instance.
    /// </summary>
    public string Folder { get; set; } = Path.Combine(Path.GetTempPath(), "muhtar", "imports");

    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Longest cell accepted; a longer one means a broken file (e.g. an unclosed quote), not a name.</summary>
    public int MaxCellLength { get; set; } = 4000;

    public int MaxColumns { get; set; } = 200;

    /// <summary>Rows per transaction: the checkpoint moves once per batch.</summary>
    public int BatchSize { get; set; } = 500;
}
