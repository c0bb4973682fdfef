using System.Globalization;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// Reads the list's custom-field conditions, in the query string of GET /api/v1/customers and from the grid:
/// <list type="bullet">
/// <item><c>cf.&lt;key&gt;=value</c>: equals (text compared Turkish-insensitively; a choice or multi-choice
/// field: has that option; yes/no: evet/hayır/true/false).</item>
/// <item><c>cf.&lt;key&gt;.contains=text</c>: a text field contains it.</item>
/// <item><c>cf.&lt;key&gt;.min=…</c>, <c>cf.&lt;key&gt;.max=…</c>: a number or date range, ends included.</item>
/// <item><c>cf.&lt;key&gt;.in=a;b</c>: a choice or multi-choice field has any of the options.</item>
/// </list>
/// Values are read as <see cref="CustomFieldValueParser"/> reads them. An unknown key or operator, or a value
/// that does not fit, is a 422 naming the parameter.
/// </summary>
internal sealed class CustomFieldFilterReader(CustomFieldCatalog catalog, CustomFieldValueParser parser, IStringLocalizer<CustomFieldsResource> text)
{
    public const string Prefix = "cf.";

    public async Task<IReadOnlyList<CustomFieldFilter>> ReadAsync(IEnumerable<KeyValuePair<string, string?>> parameters, CultureInfo culture, CancellationToken cancellationToken)
    {
        var wanted = parameters.Where(p => p.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(p.Value)).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var fields = (await catalog.ListAsync(cancellationToken)).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var filters = new List<CustomFieldFilter>();
        foreach (var (name, raw) in wanted)
        {
            var rest = name[Prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            var key = dot < 0 ? rest : rest[..dot];
            var op = dot < 0 ? "" : rest[(dot + 1)..].ToLowerInvariant();
            if (!fields.TryGetValue(key, out var field))
            {
                throw new RuleViolation(name, text["Value.UnknownField", key]);
            }

            filters.Add(Read(name, field, op, raw!, culture));
        }

        return filters;
    }

    private CustomFieldFilter Read(string name, CustomFieldDefinition field, string op, string raw, CultureInfo culture)
    {
        var hasOptions = CustomFieldTypes.HasOptions(field.Type);
        var ranged = field.Type is CustomFieldType.Number or CustomFieldType.Date;
        var (@operator, fits) = op switch
        {
            "" or "eq" => (CustomFieldFilterOperator.Equals, true),
            "contains" => (CustomFieldFilterOperator.Contains, field.Type == CustomFieldType.Text),
            "min" => (CustomFieldFilterOperator.AtLeast, ranged),
            "max" => (CustomFieldFilterOperator.AtMost, ranged),
            "in" => (CustomFieldFilterOperator.In, hasOptions),
            _ => (CustomFieldFilterOperator.Equals, false),
        };
        if (!fits)
        {
            throw new RuleViolation(name, text["Filter.OperatorInvalid", op, CustomFieldTypes.Name(field.Type)]);
        }

        if (@operator == CustomFieldFilterOperator.Contains || (field.Type == CustomFieldType.Text && @operator == CustomFieldFilterOperator.Equals))
        {
            return new(field.Id, @operator, [CustomerCustomValue.Fold(raw)], null, null, null);
        }

        // "in" takes several options; a multi-choice equals also accepts "a;b" the way a cell would.
        var input = @operator == CustomFieldFilterOperator.In ? raw.Replace(',', ';') : raw;
        var probe = @operator == CustomFieldFilterOperator.In && field.Type == CustomFieldType.Choice ? AsMulti(field) : field;
        if (!parser.TryParse(probe, input, culture, out var value, out var error) || value is null)
        {
            throw new RuleViolation(name, error ?? text["Filter.ValueRequired"]);
        }

        return hasOptions
            ? new(field.Id, value.Choices.Count > 1 ? CustomFieldFilterOperator.In : @operator, value.Choices.Select(CustomerCustomValue.Fold).ToList(), null, null, null)
            : new(field.Id, @operator, [], value.Number, value.Date, value.Flag);
    }

    private static CustomFieldDefinition AsMulti(CustomFieldDefinition field) =>
        new(field.Key, field.Label, CustomFieldType.MultiChoice, field.Options, false, 0, DateTime.UnixEpoch);
}
