using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Consent;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Import;

/// <summary>
/// Runs import jobs as the person who started the import (audit rows name them) and in their language
/// (rejection reasons). A job that fails for the last time marks its import failed with the reason.
/// </summary>
internal sealed class ImportJobHandler(
    IDbContextFactory<MuhtarDbContext> dbFactory, TenantContext tenant, ImportProcessor processor, TimeProvider time)
    : IJobHandler<ImportRunTask>, IJobHandler<ImportDryRunTask>
{
    public Task HandleAsync(ImportRunTask task, JobContext context, CancellationToken cancellationToken) =>
        RunAsync(task.ImportId, context, processor.RunAsync, cancellationToken);

    public Task HandleAsync(ImportDryRunTask task, JobContext context, CancellationToken cancellationToken) =>
        RunAsync(task.ImportId, context, processor.DryRunAsync, cancellationToken);

    private async Task RunAsync(Guid importId, JobContext context, Func<Guid, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var import = await db.Set<CustomerImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
            if (import is null)
            {
                return;
            }

            tenant.Set(import.TenantId, import.CreatedByUserId, import.CreatedBy ?? "system:jobs");
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(import.Culture);
        }

        try
        {
            await work(importId, cancellationToken);
        }
        catch (Exception ex) when (context.Attempt >= CustomerImportService.MaxAttempts && ex is not OperationCanceledException)
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var import = await db.Set<CustomerImport>().FirstAsync(i => i.Id == importId, CancellationToken.None);
            import.Fail(ex.Message, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }
}

/// <summary>Hands consent columns of a committed batch to the consent ledger; a repeat only repeats the same decisions.</summary>
internal sealed class ImportConsentHandler(IEnumerable<IConsentLedger> ledgers) : IJobHandler<ImportConsentTask>
{
    public async Task HandleAsync(ImportConsentTask task, JobContext context, CancellationToken cancellationToken)
    {
        var ledger = ledgers.FirstOrDefault()
            ?? throw new InvalidOperationException("Consent decisions were imported but no consent ledger is registered.");
        await ledger.RecordManyAsync(task.Decisions, cancellationToken);
    }
}
