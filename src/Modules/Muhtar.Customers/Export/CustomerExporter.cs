using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Import;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Export;

/// <summary>
/// Exports the customers a list shows (same search, filters and order as GET /api/v1/customers and the
/// grid) as CSV or Excel, streamed: rows are read with one forward-only query and written as they come,
/// tags fetched per chunk, so a million customers never sit in memory. Every export is audited (who,
/// which filter, how many rows) because the file carries personal data. The headers are the ones the
/// import recognises, so an exported file imports back.
/// </summary>
internal sealed class CustomerExporter(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    IPhoneNormalizer phones,
    IStringLocalizer<ImportResource> text)
{
    public const string AuditEntityType = "CustomerExport";
    private const int ChunkSize = 1000;

    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public string FileName(ExportFormat format) =>
        $"{text["Export.FilePrefix"]}-{time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmm}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}";

    /// <summary>Writes the file to <paramref name="output"/> and audits the export; returns the number of customers written.</summary>
    public async Task<int> WriteAsync(CustomerListQuery query, ExportFormat format, string delimiter, Stream output, CancellationToken cancellationToken)
    {
        var count = 0;
        try
        {
            count = format == ExportFormat.Xlsx
                ? await WriteXlsxAsync(query, output, cancellationToken)
                : await WriteCsvAsync(query, delimiter, output, cancellationToken);
            return count;
        }
        finally
        {
            await AuditAsync(query, format, count);
        }
    }

    private IReadOnlyList<string> Headers() =>
    [
        text["Export.Id"], text["Export.Kind"], text["Export.FirstName"], text["Export.LastName"], text["Export.Company"],
        text["Export.Phone"], text["Export.Email"], text["Export.Gender"], text["Export.BirthDate"], text["Export.CardNumber"],
        text["Export.Tags"], text["Export.ExternalIds"], text["Export.Archived"], text["Export.CreatedAt"],
    ];

    private IReadOnlyList<string> Cells(ExportRow r) =>
    [
        r.Id.ToString(),
        r.Kind == CustomerKind.Company ? text["Export.Company.Value"] : text["Export.Person.Value"],
        r.FirstName ?? "",
        r.LastName ?? "",
        r.CompanyName ?? "",
        r.Phone ?? "",
        r.Email ?? "",
        r.Gender switch { Gender.Female => text["Export.Female"], Gender.Male => text["Export.Male"], _ => "" },
        r.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        r.CardNumber ?? "",
        r.Tags,
        r.ExternalIds,
        r.IsArchived ? text["Export.Yes"] : "",
        r.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
    ];

    private async Task<int> WriteCsvAsync(CustomerListQuery query, string delimiter, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            InjectionOptions = InjectionOptions.None, // CellGuard does it, the same way for CSV and Excel
        });
        foreach (var header in Headers())
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in RowsAsync(query, cancellationToken))
        {
            foreach (var cell in Cells(row))
            {
                csv.WriteField(CellGuard.Neutralize(cell));
            }

            await csv.NextRecordAsync();
            count++;
        }

        await csv.FlushAsync();
        return count;
    }

    /// <summary>
    /// MiniExcel writes synchronously and needs a seekable stream for the zip, so the workbook is written
    /// row by row to a temporary file on a worker thread, then copied to the response.
    /// </summary>
    private async Task<int> WriteXlsxAsync(CustomerListQuery query, Stream output, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"muhtar-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            var headers = Headers();
            var count = 0;
            IEnumerable<Dictionary<string, object?>> Sheet()
            {
                foreach (var row in RowsAsync(query, cancellationToken).ToBlockingEnumerable(cancellationToken))
                {
                    var cells = Cells(row);
                    var sheetRow = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
                    for (var i = 0; i < headers.Count; i++)
                    {
                        sheetRow[headers[i]] = CellGuard.Neutralize(cells[i]);
                    }

                    count++;
                    yield return sheetRow;
                }
            }

            await Task.Run(() => MiniExcel.SaveAs(path, Sheet(), excelType: ExcelType.XLSX), cancellationToken);
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await file.CopyToAsync(output, cancellationToken);
            return count;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async IAsyncEnumerable<ExportRow> RowsAsync(CustomerListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var children = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = CustomerService.Order(
            CustomerService.Filter(db, query).Matching(db, SearchTerm.Classify(query.Search, phones)), query.Sort);
        var chunk = new List<ExportRow>(ChunkSize);
        await foreach (var row in customers.AsNoTracking().Select(c => new ExportRow(
                           c.Id, c.Kind, c.FirstName, c.LastName, c.CompanyName, c.Phone, c.Email, c.Gender, c.BirthDate,
                           c.CardNumber, c.IsArchived, c.CreatedAt)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            chunk.Add(row);
            if (chunk.Count == ChunkSize)
            {
                await FillChildrenAsync(children, chunk, cancellationToken);
                foreach (var item in chunk)
                {
                    yield return item;
                }

                chunk.Clear();
            }
        }

        await FillChildrenAsync(children, chunk, cancellationToken);
        foreach (var item in chunk)
        {
            yield return item;
        }
    }

    private static async Task FillChildrenAsync(MuhtarDbContext db, List<ExportRow> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var ids = chunk.Select(r => r.Id).ToList();
        var tags = (await db.Set<CustomerTag>().AsNoTracking().Where(t => ids.Contains(t.CustomerId))
                .Select(t => new { t.CustomerId, t.Name }).ToListAsync(cancellationToken))
            .ToLookup(t => t.CustomerId, t => t.Name);
        var externalIds = (await db.Set<CustomerExternalId>().AsNoTracking().Where(x => ids.Contains(x.CustomerId))
                .Select(x => new { x.CustomerId, x.System, x.Value }).ToListAsync(cancellationToken))
            .ToLookup(x => x.CustomerId, x => $"{x.System}:{x.Value}");
        foreach (var row in chunk)
        {
            row.Tags = string.Join(", ", CustomerMapping.SortTags(tags[row.Id]));
            row.ExternalIds = string.Join("; ", externalIds[row.Id].Order(StringComparer.Ordinal));
        }
    }

    private async Task AuditAsync(CustomerListQuery query, ExportFormat format, int count)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var filter = $"format={format.ToString().ToLowerInvariant()}; rows={count}; search={query.Search}; kind={query.Kind}; tag={query.Tag}; "
            + $"archived={query.Archived}; hasPhone={query.HasPhone}; sort={query.Sort}";
        db.Add(new AuditEntry(AuditEntityType, Guid.CreateVersion7(), AuditAction.Created, "Export", null, filter,
            tenant.UserId, tenant.ActorName, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
