using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Muhtar.Customers.Import;

/// <summary>
/// Streams a stored import file record by record (the header first), never holding more than one record:
/// CSV through CsvHelper's parser, Excel through MiniExcel's forward-only reader of the first sheet. Records
/// whose cells are all empty are skipped, so row numbers are the same for the inspection, the dry run and the run.
/// </summary>
internal static class ImportRecords
{
    public static IEnumerable<string[]> Read(string path, ImportFormat format, string? encoding, string? delimiter, int maxCellLength) =>
        format == ImportFormat.Xlsx ? ReadXlsx(path) : ReadCsv(path, encoding, delimiter ?? ",", maxCellLength);

    private static IEnumerable<string[]> ReadCsv(string path, string? encoding, string delimiter, int maxCellLength)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            MaxFieldSize = maxCellLength,
            DetectColumnCountChanges = false,
        };
        using var reader = new StreamReader(path, ImportFileFormat.EncodingOf(encoding), detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, config);
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            if (!IsBlank(record))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<string[]> ReadXlsx(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            var width = 0;
            foreach (var (column, value) in row)
            {
                if (value is not null && Text(value).Length > 0)
                {
                    width = Math.Max(width, ColumnIndex(column) + 1);
                }
            }

            if (width == 0)
            {
                continue;
            }

            var record = new string[width];
            Array.Fill(record, "");
            foreach (var (column, value) in row)
            {
                var index = ColumnIndex(column);
                if (index < width && value is not null)
                {
                    record[index] = Text(value);
                }
            }

            yield return record;
        }
    }

    private static bool IsBlank(string[] record) => record.All(string.IsNullOrWhiteSpace);

    /// <summary>"A" → 0, "Z" → 25, "AA" → 26.</summary>
    private static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var c in column)
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>Excel cells arrive typed; dates become ISO days and numbers keep every digit (phones, card numbers).</summary>
    private static string Text(object value) => value switch
    {
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.###############", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
