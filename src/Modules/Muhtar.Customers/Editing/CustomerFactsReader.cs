using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Editing;

/// <summary><see cref="ICustomerFacts"/>: no-tracking reads under the current tenant's filter.</summary>
internal sealed class CustomerFactsReader(
    IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory directory, IStringLocalizer<CustomerEditingResource> text) : ICustomerFacts
{
    public async Task<CustomerFacts?> GetAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var summary = await directory.GetAsync(customerId, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var values = (await CustomFieldValues.LoadAsync(db, [customerId], cancellationToken))[customerId];
        return new CustomerFacts(summary, values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => AsText(v.Value!), StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<CustomerDateValue>> ListDatesAsync(string field, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = db.Set<Customer>().AsNoTracking().Where(c => !c.IsArchived);
        if (field == "birthDate")
        {
            return await active.Where(c => c.BirthDate != null)
                .Select(c => new CustomerDateValue(c.Id, c.BirthDate!.Value)).ToListAsync(cancellationToken);
        }

        var key = field.StartsWith(CustomerEditor.CustomFieldPrefix, StringComparison.Ordinal) ? field[CustomerEditor.CustomFieldPrefix.Length..] : null;
        var definition = key is null
            ? null
            : await db.Set<CustomFieldDefinition>().AsNoTracking().FirstOrDefaultAsync(f => f.Key == key && f.Type == CustomFieldType.Date, cancellationToken);
        if (definition is null)
        {
            throw new RuleViolation("field", text["Field.NotDate", field]);
        }

        return await db.Set<CustomerCustomValue>().AsNoTracking()
            .Where(v => v.FieldId == definition.Id && v.Date != null && active.Any(c => c.Id == v.CustomerId))
            .Select(v => new CustomerDateValue(v.CustomerId, v.Date!.Value)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ListActiveIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Customer>().AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private static string AsText(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(", ", list.Cast<object>()),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
