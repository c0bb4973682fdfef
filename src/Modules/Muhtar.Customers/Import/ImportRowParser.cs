using System.Globalization;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Export;

namespace Muhtar.Customers.Import;

/// <summary>
/// Reads a row's cells into customer values with the cleansing an import adds (trim, collapsed spaces,
/// name casing, lower-case e-mail, dates, yes/no), then asks <see cref="CustomerValidator"/> — the one
/// source of validation truth — about every value the row gives. Rules that depend on the stored
/// customer (a required name, uniqueness) are judged later, once the row is matched.
/// </summary>
internal sealed class ImportRowParser(
    CustomerValidator validator, IPhoneNormalizer phones, CustomFieldValueParser customParser, IStringLocalizer<ImportResource> text)
{
    /// <summary>Files come from Turkish offices: numbers and dates are read Turkish first ("38,5", "01.02.1990").</summary>
    private static readonly CultureInfo FileCulture = CultureInfo.GetCultureInfo("tr-TR");

    public ParsedRow Parse(string[] cells, IReadOnlyList<ColumnTarget> mapping, IReadOnlyDictionary<string, CustomFieldDefinition>? customFields = null)
    {
        Dictionary<string, CustomFieldValue?>? custom = null;
        var values = new CustomerRequest();
        List<string>? tags = null;
        Dictionary<string, string>? externalIds = null;
        var consents = new List<(ConsentChannel, ConsentStatus)>();
        FieldError? error = null;
        foreach (var (column, target) in mapping)
        {
            var raw = column < cells.Length ? CustomerValidator.Clean(CellGuard.Restore(cells[column])) : null;
            if (raw is null)
            {
                continue;
            }

            switch (target)
            {
                case ImportTargets.FirstName:
                    values = values with { FirstName = ImportCleansing.NameCase(raw) };
                    break;
                case ImportTargets.LastName:
                    values = values with { LastName = ImportCleansing.NameCase(raw) };
                    break;
                case ImportTargets.FullName:
                    var name = ImportCleansing.NameCase(raw);
                    var split = name.LastIndexOf(' ');
                    values = split < 0
                        ? values with { FirstName = name }
                        : values with { FirstName = name[..split], LastName = name[(split + 1)..] };
                    break;
                case ImportTargets.CompanyName:
                    values = values with { CompanyName = raw };
                    break;
                case ImportTargets.Kind:
                    values = values with { Kind = ImportCleansing.Kind(raw) };
                    break;
                case ImportTargets.Phone:
                    values = values with { Phone = raw };
                    break;
                case ImportTargets.Email:
                    values = values with { Email = raw.ToLowerInvariant() };
                    break;
                case ImportTargets.Gender:
                    values = values with { Gender = ImportCleansing.Gender(raw) };
                    break;
                case ImportTargets.BirthDate:
                    if (ImportCleansing.ParseDate(raw) is { } date)
                    {
                        values = values with { BirthDate = date };
                    }
                    else
                    {
                        error ??= new FieldError("birthDate", text["Row.DateInvalid", raw]);
                    }

                    break;
                case ImportTargets.CardNumber:
                    values = values with { CardNumber = raw };
                    break;
                case ImportTargets.Tags:
                    (tags ??= []).AddRange(ImportCleansing.SplitTags(raw));
                    break;
                case var external when external.StartsWith(ImportTargets.ExternalIdPrefix, StringComparison.Ordinal):
                    (externalIds ??= new(StringComparer.Ordinal))[external[ImportTargets.ExternalIdPrefix.Length..]] = raw;
                    break;
                case var field when field.StartsWith(ImportTargets.CustomPrefix, StringComparison.Ordinal):
                    var key = field[ImportTargets.CustomPrefix.Length..];
                    if (customFields?.TryGetValue(key, out var definition) != true)
                    {
                        error ??= new FieldError("customFields." + key, text["Mapping.TargetUnknown", field]);
                    }
                    else if (customParser.TryParse(definition!, raw, FileCulture, out var value, out var problem))
                    {
                        (custom ??= new(StringComparer.Ordinal))[key] = value;
                    }
                    else
                    {
                        error ??= new FieldError("customFields." + key, problem!);
                    }

                    break;
                case var consent when consent.StartsWith(ImportTargets.ConsentPrefix, StringComparison.Ordinal):
                    var channel = ImportTargets.ConsentChannels[consent[ImportTargets.ConsentPrefix.Length..]];
                    switch (ImportCleansing.Consent(raw))
                    {
                        case true:
                            consents.Add((channel, ConsentStatus.Approved));
                            break;
                        case false:
                            consents.Add((channel, ConsentStatus.Refused));
                            break;
                        default:
                            error ??= new FieldError("consent", text["Row.ConsentInvalid", raw]);
                            break;
                    }

                    break;
            }
        }

        values = values with { Tags = tags, ExternalIds = externalIds };
        var row = new ParsedRow(values, [], consents, error, custom);
        error ??= FirstValueError(row.ForCreate());
        return error is null ? row with { Keys = Keys(values) } : row with { Error = error };
    }

    /// <summary>The validator's verdict on the given values, leaving out "a name is required": an update by phone needs no name.</summary>
    private FieldError? FirstValueError(CustomerRequest request)
    {
        var (_, errors) = validator.Validate(request);
        return errors.FirstOrDefault(e =>
            !(e.Field == "firstName" && request.FirstName is null) && !(e.Field == "companyName" && request.CompanyName is null));
    }

    /// <summary>Identity keys in matching order: phone (E.164), e-mail, card number, external ids.</summary>
    private List<string> Keys(CustomerRequest values)
    {
        var keys = new List<string>();
        if (values.Phone is { } phone && phones.TryNormalize(phone, out var e164))
        {
            keys.Add(ImportKeys.Phone(e164));
        }

        if (values.Email is { } email)
        {
            keys.Add(ImportKeys.Email(email));
        }

        if (values.CardNumber is { } card && CustomerValidator.NormalizeCardNumber(card) is { Length: > 0 } normalized)
        {
            keys.Add(ImportKeys.Card(normalized));
        }

        foreach (var (system, value) in values.ExternalIds ?? new Dictionary<string, string>())
        {
            keys.Add(ImportKeys.External(system.Trim().ToLowerInvariant(), value.Trim()));
        }

        return keys;
    }
}
