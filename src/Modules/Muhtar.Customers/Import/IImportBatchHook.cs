namespace Muhtar.Customers.Import;

/// <summary>
/// Called just before a batch of an import run is committed. Production registers none; tests register
/// one that throws to simulate the process dying mid-import (nothing of that batch is stored).
/// </summary>
internal interface IImportBatchHook
{
    Task BeforeCommitAsync(Guid importId, int lastRowNumber, CancellationToken cancellationToken);
}
