using System.Text;

namespace Muhtar.Customers.Import;

/// <summary>
/// Recognises what an uploaded file is from its bytes, not its name: an Excel workbook (a zip), known binary
/// formats (refused), or text whose encoding is UTF-8 (with or without BOM) or else Windows-1254 (Turkish
/// Windows and Excel's "CSV" default), and whose delimiter is the most frequent of ; , tab on the header line.
/// </summary>
internal static class ImportFileFormat
{
    public const string Utf8 = "utf-8";
    public const string Windows1254 = "windows-1254";
    private const int SampleBytes = 64 * 1024;

    public static readonly IReadOnlyList<string> Delimiters = [";", ",", "\t"];

    public static Encoding EncodingOf(string? name) => name == Windows1254 ? CodePagesEncodingProvider.Instance.GetEncoding(1254)! : new UTF8Encoding(false);

    /// <summary>Null when the bytes are no text file at all.</summary>
    public static ImportFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return ImportFormat.Xlsx;
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        ReadOnlySpan<byte> oldExcel = [0xD0, 0xCF, 0x11, 0xE0];
        if (head.StartsWith(png) || head.StartsWith(jpeg) || head.StartsWith("%PDF"u8) || head.StartsWith("GIF8"u8)
            || head.StartsWith(oldExcel) || head.IndexOf((byte)0) >= 0)
        {
            // D0 CF 11 E0 is the old binary .xls, which is not supported: the user saves it as .xlsx.
            return null;
        }

        return ImportFormat.Csv;
    }

    public static async Task<byte[]> ReadSampleAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(SampleBytes, file.Length)];
        await file.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    public static string DetectEncoding(ReadOnlySpan<byte> sample)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (sample.StartsWith(bom))
        {
            return Utf8;
        }

        // A strict decoder fails on the first byte sequence that is not UTF-8; the sample may end inside a
        // character, so the decoder is not flushed.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[sample.Length + 1];
        try
        {
            decoder.GetChars(sample, chars, flush: false);
            return Utf8;
        }
        catch (DecoderFallbackException)
        {
            return Windows1254;
        }
    }

    /// <summary>True when the text has control characters no spreadsheet writes: a binary file renamed .csv.</summary>
    public static bool LooksBinary(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t');
        return control > 0 && control * 100 >= Math.Max(1, text.Length / 100);
    }

    /// <summary>The delimiter that splits the header line into the most cells (quotes respected).</summary>
    public static string DetectDelimiter(string text)
    {
        var line = FirstLine(text);
        var best = ",";
        var bestCount = 0;
        foreach (var delimiter in Delimiters)
        {
            var count = CountOutsideQuotes(line, delimiter[0]);
            if (count > bestCount)
            {
                (best, bestCount) = (delimiter, count);
            }
        }

        return best;
    }

    private static string FirstLine(string text)
    {
        text = text.TrimStart('\uFEFF', '\r', '\n');
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && text[i] is '\r' or '\n')
            {
                return text[..i];
            }
        }

        return text;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == delimiter)
            {
                count++;
            }
        }

        return count;
    }
}
