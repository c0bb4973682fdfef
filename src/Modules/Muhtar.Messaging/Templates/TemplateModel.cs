using Fluid;
using Fluid.Values;
using Muhtar.Abstractions.Customers;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// What a template sees: <c>customer</c> (first_name, last_name, company_name, display_name, name, phone, email,
/// gender, birth_date, tags, card_number, kind, salutation, cf.&lt;key&gt;), <c>business</c> (name),
/// <c>salutation</c>, the caller's variables by name and under <c>vars</c>, and <c>now</c>.
/// Everything is plain dictionaries and lists, so a template can reach nothing else.
/// </summary>
internal sealed class TemplateModel
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public TemplateModel(
        CustomerSummary customer,
        IReadOnlyDictionary<string, object?> customFields,
        string businessName,
        IReadOnlyDictionary<string, string>? variables,
        TimeZoneInfo timeZone,
        DateTimeOffset now)
    {
        TimeZone = timeZone;
        Now = now;
        var salutation = Salutation.For(customer);
        var vars = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            vars[name] = value;
            _values[name] = value;
        }

        // The model's own names win over a variable of the same name.
        _values["vars"] = vars;
        _values["customer"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = customer.Id.ToString(),
            ["kind"] = customer.Kind,
            ["first_name"] = Salutation.Name(customer.FirstName) ?? "",
            ["last_name"] = Salutation.Name(customer.LastName) ?? "",
            ["company_name"] = customer.CompanyName ?? "",
            ["display_name"] = customer.DisplayName,
            ["name"] = customer.DisplayName,
            ["phone"] = customer.Phone ?? "",
            ["email"] = customer.Email ?? "",
            ["gender"] = customer.Gender ?? "",
            ["birth_date"] = customer.BirthDate is { } birth ? new DateTimeOffset(birth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            ["card_number"] = customer.CardNumber ?? "",
            ["tags"] = customer.Tags.ToList<object?>(),
            ["salutation"] = salutation,
            ["cf"] = customFields.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        };
        _values["business"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = businessName };
        _values["salutation"] = salutation;
        _values["now"] = now;
    }

    public TimeZoneInfo TimeZone { get; }

    public DateTimeOffset Now { get; }

    public void Apply(TemplateContext context, TemplateOptions options)
    {
        foreach (var (name, value) in _values)
        {
            context.SetValue(name, ToFluid(value, options));
        }
    }

    private static object? Plain(object? value) => value switch
    {
        IEnumerable<string> list when value is not string => list.ToList<object?>(),
        _ => value,
    };

    private static FluidValue ToFluid(object? value, TemplateOptions options) => value switch
    {
        null => NilValue.Instance,
        string s => StringValue.Create(s),
        bool b => BooleanValue.Create(b),
        double d => NumberValue.Create((decimal)d),
        int i => NumberValue.Create(i),
        long l => NumberValue.Create(l),
        decimal m => NumberValue.Create(m),
        DateTimeOffset t => new DateTimeValue(t),
        Dictionary<string, object?> map => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            map.ToDictionary(p => p.Key, p => ToFluid(p.Value, options), StringComparer.Ordinal))),
        List<object?> list => new ArrayValue(list.Select(v => ToFluid(v, options)).ToArray()),
        _ => StringValue.Create(value.ToString() ?? ""),
    };
}
