using Microsoft.EntityFrameworkCore;

namespace Muhtar.Abstractions.Privacy;

/// <summary>
/// KVKK data-subject requests reach every module through this: each module that stores personal data
/// about a customer registers one holder. Export gathers what is held; erasure anonymises personal
/// values in place (inside the caller's transaction) while keeping amounts, dates and ids so that
/// sales reports keep their totals.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>Section name in the export ("customer", "consents", "receipts"…).</summary>
    string Name { get; }

    /// <summary>What this module holds about the customer, as a JSON-serialisable object, or null.</summary>
    Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Anonymises every personal value this module holds about the customer.</summary>
    Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken);
}
