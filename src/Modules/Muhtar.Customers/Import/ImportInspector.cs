using CsvHelper;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Import;

/// <summary>
/// Reads an uploaded file once from start to end before anything is imported, so a broken file (binary
/// junk, an empty file, a header without rows, rows with more or fewer cells than the header, a giant
/// cell) is refused as a whole with a problem naming <c>file</c>, and nothing of it is ever imported.
/// It also counts the rows for the progress bar and keeps the first few as a sample for mapping.
/// </summary>
internal sealed class ImportInspector(IOptions<ImportOptions> options, IStringLocalizer<ImportResource> text)
{
    public const int SampleRows = 5;

    public async Task<ImportFileInfo> InspectAsync(string path, string? delimiter, string? encoding, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw Refuse("File.Empty");
        }

        var sample = await ImportFileFormat.ReadSampleAsync(path, cancellationToken);
        var format = ImportFileFormat.Sniff(sample) ?? throw Refuse("File.NotText");
        if (format == ImportFormat.Csv)
        {
            encoding = CheckEncoding(encoding) ?? ImportFileFormat.DetectEncoding(sample);
            var head = ImportFileFormat.EncodingOf(encoding).GetString(sample);
            if (ImportFileFormat.LooksBinary(head))
            {
                throw Refuse("File.NotText");
            }

            delimiter = CheckDelimiter(delimiter) ?? ImportFileFormat.DetectDelimiter(head);
        }
        else
        {
            (encoding, delimiter) = (null, null);
        }

        // The whole file is parsed here; off the caller's thread, since a large file takes seconds.
        return await Task.Run(() => Scan(path, format, encoding, delimiter, cancellationToken), cancellationToken);
    }

    private ImportFileInfo Scan(string path, ImportFormat format, string? encoding, string? delimiter, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        string[]? header = null;
        var rows = 0;
        var sample = new List<IReadOnlyList<string>>();
        try
        {
            foreach (var record in ImportRecords.Read(path, format, encoding, delimiter, limits.MaxCellLength))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (header is null)
                {
                    header = record.Select(c => c.Trim().TrimStart('\uFEFF')).ToArray();
                    if (header.Length > limits.MaxColumns)
                    {
                        throw Refuse("File.TooManyColumns", limits.MaxColumns);
                    }

                    continue;
                }

                rows++;
                if (record.Length > header.Length && record.Skip(header.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    throw Refuse("File.Ragged", rows, record.Length, header.Length);
                }

                if (format == ImportFormat.Csv && record.Length < header.Length)
                {
                    throw Refuse("File.Ragged", rows, record.Length, header.Length);
                }

                if (record.FirstOrDefault(c => c.Length > limits.MaxCellLength) is not null)
                {
                    throw Refuse("File.CellTooLong", rows, limits.MaxCellLength);
                }

                if (sample.Count < SampleRows)
                {
                    sample.Add(Fit(record, header.Length));
                }
            }
        }
        catch (MaxFieldSizeException)
        {
            throw Refuse("File.CellTooLong", rows + (header is null ? 0 : 1), limits.MaxCellLength);
        }
        catch (CsvHelperException)
        {
            throw Refuse("File.Unreadable");
        }
        catch (Exception ex) when (format == ImportFormat.Xlsx && ex is not RuleViolation and not OperationCanceledException)
        {
            // MiniExcel throws whatever the zip or XML reader throws on a damaged workbook.
            throw Refuse("File.BadWorkbook");
        }

        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            throw Refuse("File.Empty");
        }

        if (rows == 0)
        {
            throw Refuse("File.HeaderOnly");
        }

        return new ImportFileInfo(format, encoding, delimiter, header, rows, sample);
    }

    /// <summary>A record padded or cut to the header's width (Excel leaves trailing empty cells out).</summary>
    public static string[] Fit(string[] record, int width)
    {
        if (record.Length == width)
        {
            return record;
        }

        var fitted = new string[width];
        Array.Fill(fitted, "");
        Array.Copy(record, fitted, Math.Min(width, record.Length));
        return fitted;
    }

    private string? CheckDelimiter(string? delimiter) => delimiter switch
    {
        null or "" => null,
        "tab" or "\\t" => "\t",
        _ when ImportFileFormat.Delimiters.Contains(delimiter) => delimiter,
        _ => throw new RuleViolation("delimiter", text["File.DelimiterInvalid"]),
    };

    private string? CheckEncoding(string? encoding) => encoding?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "utf-8" or "utf8" => ImportFileFormat.Utf8,
        "windows-1254" or "cp1254" or "1254" => ImportFileFormat.Windows1254,
        _ => throw new RuleViolation("encoding", text["File.EncodingInvalid"]),
    };

    private RuleViolation Refuse(string key, params object[] args) => new("file", text[key, args]);
}
