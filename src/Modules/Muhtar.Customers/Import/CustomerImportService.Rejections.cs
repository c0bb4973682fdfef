using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Export;

namespace Muhtar.Customers.Import;

internal sealed partial class CustomerImportService
{
    public async Task<string?> RejectionsFileNameAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await FindAsync(id, cancellationToken);
        return import is null ? null : $"{Path.GetFileNameWithoutExtension(import.FileName)}-{text["Rejections.FileSuffix"]}.csv";
    }

    /// <summary>
    /// The rejected rows as CSV: the file's own columns, then the reason (with the row number), in the
    /// file's delimiter, UTF-8 with BOM. Fixed and uploaded again, the reason column is simply not mapped.
    /// Cells are neutralised against formula injection; the import takes the apostrophe off again.
    /// </summary>
    public async Task WriteRejectionsAsync(Guid id, bool dryRun, Stream output, CancellationToken cancellationToken)
    {
        var import = await FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("Import not found.");
        var columns = ImportMapping.Columns(import.ColumnsJson);
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = import.Delimiter ?? ";",
            InjectionOptions = InjectionOptions.None,
        });
        foreach (var column in columns)
        {
            csv.WriteField(CellGuard.Neutralize(column));
        }

        csv.WriteField(text["Rejections.ReasonColumn"].Value);
        await csv.NextRecordAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<ImportRejection>().AsNoTracking().Where(r => r.ImportId == id && r.DryRun == dryRun).OrderBy(r => r.RowNumber)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cells = ImportMapping.Columns(row.CellsJson);
            for (var i = 0; i < columns.Count; i++)
            {
                csv.WriteField(CellGuard.Neutralize(i < cells.Count ? cells[i] : ""));
            }

            csv.WriteField(text["Rejections.Reason", row.RowNumber, row.Reason].Value);
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
