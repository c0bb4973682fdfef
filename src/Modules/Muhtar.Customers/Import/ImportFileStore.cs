using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Import;

/// <summary>Keeps uploaded import files on disk under <see cref="ImportOptions.Folder"/>, one file per import.</summary>
internal sealed class ImportFileStore(IOptions<ImportOptions> options, IStringLocalizer<ImportResource> text)
{
    private ImportOptions Options => options.Value;

    public string PathOf(Guid tenantId, Guid importId) => Path.Combine(Options.Folder, tenantId.ToString("N"), importId.ToString("N") + ".upload");

    /// <summary>Copies the upload to its place, refusing it (and keeping nothing) once it passes the size limit.</summary>
    public async Task<long> SaveAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > Options.MaxFileBytes)
                {
                    throw TooLarge();
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            Delete(path);
            throw;
        }

        return total;
    }

    public RuleViolation TooLarge() =>
        new("file", text["File.TooLarge", Options.MaxFileBytes / (1024 * 1024)], StatusCodes.Status413PayloadTooLarge);

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
