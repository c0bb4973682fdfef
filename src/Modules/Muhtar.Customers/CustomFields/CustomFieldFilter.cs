using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.CustomFields;

internal enum CustomFieldFilterOperator
{
    Equals,
    Contains,
    AtLeast,
    AtMost,
    In,
}

/// <summary>
/// One checked condition of the customer list on a custom field, already in the typed column's terms
/// (folded text, number, date or flag), so it runs as SQL on either database.
/// </summary>
internal sealed record CustomFieldFilter(Guid FieldId, CustomFieldFilterOperator Operator, IReadOnlyList<string> Folded, double? Number, DateOnly? Date, bool? Flag)
{
    /// <summary>Keeps the customers that have a value matching every filter.</summary>
    public static IQueryable<Customer> Apply(MuhtarDbContext db, IQueryable<Customer> customers, IReadOnlyList<CustomFieldFilter> filters)
    {
        foreach (var filter in filters)
        {
            var values = filter.Matching(db.Set<CustomerCustomValue>().Where(v => v.FieldId == filter.FieldId));
            customers = customers.Where(c => values.Any(v => v.CustomerId == c.Id));
        }

        return customers;
    }

    private IQueryable<CustomerCustomValue> Matching(IQueryable<CustomerCustomValue> values)
    {
        var folded = Folded.Count > 0 ? Folded[0] : "";
        return (Operator, Number, Date, Flag) switch
        {
            (CustomFieldFilterOperator.Contains, _, _, _) => values.Where(v => v.Folded!.Contains(folded)),
            (CustomFieldFilterOperator.In, _, _, _) => values.Where(v => Folded.Contains(v.Folded!)),
            (CustomFieldFilterOperator.AtLeast, { } n, _, _) => values.Where(v => v.Number >= n),
            (CustomFieldFilterOperator.AtMost, { } n, _, _) => values.Where(v => v.Number <= n),
            (CustomFieldFilterOperator.AtLeast, _, { } d, _) => values.Where(v => v.Date >= d),
            (CustomFieldFilterOperator.AtMost, _, { } d, _) => values.Where(v => v.Date <= d),
            (_, { } n, _, _) => values.Where(v => v.Number == n),
            (_, _, { } d, _) => values.Where(v => v.Date == d),
            (_, _, _, { } f) => values.Where(v => v.Flag == f),
            _ => values.Where(v => v.Folded == folded),
        };
    }
}
