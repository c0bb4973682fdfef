using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Customers;

/// <summary>
/// Checks and normalises a customer's values without touching the database (uniqueness and the parent
/// company are checked by <see cref="CustomerService"/>). Collects every error so a form can show them all.
/// </summary>
internal sealed class CustomerValidator(IPhoneNormalizer phones, IStringLocalizer<CustomersResource> text, TimeProvider time)
{
    public const int MaxTags = 30;
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    // Birth dates are judged by the calendar where the business is, not by UTC.
    private static readonly TimeZoneInfo BusinessZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public (CustomerDraft? Draft, IReadOnlyList<FieldError> Errors) Validate(CustomerRequest request)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), BusinessZone).DateTime);
        var errors = new List<FieldError>();
        var kind = ParseKind(request.Kind, errors);
        var firstName = Name(request.FirstName, "firstName", CustomerConfiguration.MaxNameLength, errors);
        var lastName = Name(request.LastName, "lastName", CustomerConfiguration.MaxNameLength, errors);
        var companyName = Name(request.CompanyName, "companyName", CustomerConfiguration.MaxCompanyNameLength, errors);
        // A phone alone identifies a person enrolled at a till (P1); the name can follow later.
        if (kind == CustomerKind.Person && firstName is null && lastName is null && string.IsNullOrWhiteSpace(request.Phone)
            && !errors.Any(e => e.Field is "firstName" or "lastName"))
        {
            errors.Add(new("firstName", text["Validation.PersonNameRequired"]));
        }

        if (kind == CustomerKind.Company && companyName is null && !errors.Any(e => e.Field == "companyName"))
        {
            errors.Add(new("companyName", text["Validation.CompanyNameRequired"]));
        }

        if (kind == CustomerKind.Company && request.ParentCompanyId is not null)
        {
            errors.Add(new("parentCompanyId", text["Validation.ParentOnlyForPersons"]));
        }

        var draft = new CustomerDraft(
            kind ?? CustomerKind.Person,
            firstName,
            lastName,
            companyName,
            Phone(request.Phone, errors),
            Email(request.Email, errors),
            ParseGender(request.Gender, errors),
            BirthDate(request.BirthDate, today, errors),
            CardNumber(request.CardNumber, errors),
            request.ParentCompanyId,
            ParseExternalIds(request.ExternalIds, errors),
            ParseTags(request.Tags, errors));
        return errors.Count == 0 ? (draft, errors) : (null, errors);
    }

    /// <summary>Card numbers are compared without spaces or dashes and in upper case ("1234-ab" = "1234AB").</summary>
    public static string NormalizeCardNumber(string card) =>
        new(card.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Trims and collapses inner whitespace; empty means "not given".</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private CustomerKind? ParseKind(string? kind, List<FieldError> errors)
    {
        switch (Clean(kind)?.ToLowerInvariant())
        {
            case null or "person":
                return CustomerKind.Person;
            case "company":
                return CustomerKind.Company;
            default:
                errors.Add(new("kind", text["Validation.KindInvalid"]));
                return null;
        }
    }

    private string? Name(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var name = Clean(value);
        if (name is { Length: var length } && length > maxLength)
        {
            errors.Add(new(field, text["Validation.TooLong", maxLength]));
        }

        return name;
    }

    private string? Phone(string? value, List<FieldError> errors)
    {
        var raw = Clean(value);
        if (raw is null)
        {
            return null;
        }

        if (phones.TryNormalize(raw, out var e164))
        {
            return e164;
        }

        errors.Add(new("phone", text["Validation.PhoneInvalid", raw]));
        return null;
    }

    private string? Email(string? value, List<FieldError> errors)
    {
        var email = value?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var at = email.IndexOf('@');
        var valid = email.Length <= CustomerConfiguration.MaxEmailLength
            && at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && email[(at + 1)..].Contains('.') && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
        if (!valid)
        {
            errors.Add(new("email", text["Validation.EmailInvalid", email]));
            return null;
        }

        return email;
    }

    private Gender? ParseGender(string? gender, List<FieldError> errors)
    {
        switch (Clean(gender)?.ToLowerInvariant())
        {
            case null:
                return null;
            case "female":
                return Gender.Female;
            case "male":
                return Gender.Male;
            default:
                errors.Add(new("gender", text["Validation.GenderInvalid"]));
                return null;
        }
    }

    private DateOnly? BirthDate(DateOnly? date, DateOnly today, List<FieldError> errors)
    {
        if (date is { } d && (d < EarliestBirthDate || d > today))
        {
            errors.Add(new("birthDate", text["Validation.BirthDateInvalid"]));
            return null;
        }

        return date;
    }

    private string? CardNumber(string? value, List<FieldError> errors)
    {
        var card = value is null ? null : NormalizeCardNumber(value);
        if (string.IsNullOrEmpty(card))
        {
            return null;
        }

        if (card.Length > CustomerConfiguration.MaxCardNumberLength || !card.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new("cardNumber", text["Validation.CardNumberInvalid", CustomerConfiguration.MaxCardNumberLength]));
            return null;
        }

        return card;
    }

    private IReadOnlyDictionary<string, string> ParseExternalIds(IReadOnlyDictionary<string, string>? externalIds, List<FieldError> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rawSystem, rawValue) in externalIds ?? new Dictionary<string, string>())
        {
            var system = rawSystem.Trim().ToLowerInvariant();
            var value = rawValue?.Trim();
            var validSystem = system.Length is > 0 and <= CustomerExternalId.MaxSystemLength
                && system.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
            if (!validSystem || string.IsNullOrEmpty(value) || value.Length > CustomerExternalId.MaxValueLength || result.ContainsKey(system))
            {
                errors.Add(new("externalIds", text["Validation.ExternalIdInvalid", rawSystem]));
                continue;
            }

            result[system] = value;
        }

        return result;
    }

    private IReadOnlyList<string> ParseTags(IReadOnlyList<string>? tags, List<FieldError> errors)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in tags ?? [])
        {
            var tag = Clean(raw);
            if (tag is null || tag.Length > CustomerTag.MaxLength || TurkishText.Fold(tag).Length == 0)
            {
                errors.Add(new("tags", text["Validation.TagInvalid", CustomerTag.MaxLength]));
                continue;
            }

            if (seen.Add(CustomerTag.Normalize(tag)))
            {
                result.Add(tag);
            }
        }

        if (result.Count > MaxTags)
        {
            errors.Add(new("tags", text["Validation.TooManyTags", MaxTags]));
        }

        return result;
    }
}
