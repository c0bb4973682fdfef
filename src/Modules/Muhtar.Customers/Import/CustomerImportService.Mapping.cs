using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Import;

internal sealed partial class CustomerImportService
{
    /// <summary>
    /// Each column at most once, each target that holds one value at most once (tags may come from several
    /// columns), and at least one column that names or identifies a customer.
    /// </summary>
    private List<ColumnTarget> CheckMapping(IReadOnlyList<ColumnTarget> mapping, int columns, IReadOnlySet<string> customKeys)
    {
        var result = new List<ColumnTarget>();
        var usedColumns = new HashSet<int>();
        var usedTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, rawTarget) in mapping)
        {
            var target = rawTarget?.Trim() ?? "";
            if (target.Length == 0)
            {
                continue;
            }

            if (column < 0 || column >= columns || !usedColumns.Add(column))
            {
                throw new RuleViolation("mapping", text["Mapping.ColumnInvalid", column]);
            }

            target = Normalize(target, customKeys);
            if (target != ImportTargets.Tags && !usedTargets.Add(target))
            {
                throw new RuleViolation("mapping", text["Mapping.TargetTwice", target]);
            }

            result.Add(new ColumnTarget(column, target));
        }

        var identifying = new[]
        {
            ImportTargets.FirstName, ImportTargets.LastName, ImportTargets.FullName, ImportTargets.CompanyName, ImportTargets.Phone,
            ImportTargets.Email, ImportTargets.CardNumber,
        };
        if (!result.Any(m => identifying.Contains(m.Target) || m.Target.StartsWith(ImportTargets.ExternalIdPrefix, StringComparison.Ordinal)))
        {
            throw new RuleViolation("mapping", text["Mapping.NothingIdentifying"]);
        }

        if (usedTargets.Contains(ImportTargets.FullName) && (usedTargets.Contains(ImportTargets.FirstName) || usedTargets.Contains(ImportTargets.LastName)))
        {
            throw new RuleViolation("mapping", text["Mapping.FullNameAndParts"]);
        }

        return result;
    }

    /// <summary>Keys of the business's active custom fields: the "custom:{key}" targets a mapping may use.</summary>
    private static async Task<IReadOnlySet<string>> CustomKeysAsync(MuhtarDbContext db, CancellationToken cancellationToken) =>
        (await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => !f.IsArchived).Select(f => f.Key).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

    private string Normalize(string target, IReadOnlySet<string> customKeys)
    {
        if (target.StartsWith(ImportTargets.CustomPrefix, StringComparison.Ordinal))
        {
            return customKeys.Contains(target[ImportTargets.CustomPrefix.Length..])
                ? target
                : throw new RuleViolation("mapping", text["Mapping.TargetUnknown", target]);
        }

        if (ImportTargets.Fields.Contains(target))
        {
            return target;
        }

        if (target.StartsWith(ImportTargets.ExternalIdPrefix, StringComparison.Ordinal))
        {
            var system = target[ImportTargets.ExternalIdPrefix.Length..].Trim().ToLowerInvariant();
            if (system.Length is > 0 and <= CustomerExternalId.MaxSystemLength
                && system.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return ImportTargets.ExternalIdPrefix + system;
            }
        }

        if (target.StartsWith(ImportTargets.ConsentPrefix, StringComparison.Ordinal)
            && ImportTargets.ConsentChannels.ContainsKey(target[ImportTargets.ConsentPrefix.Length..]))
        {
            return ConsentAvailable ? target : throw new RuleViolation("mapping", text["Mapping.ConsentUnavailable"]);
        }

        throw new RuleViolation("mapping", text["Mapping.TargetUnknown", target]);
    }
}
