using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Api;

/// <summary>
/// Reads a PATCH body (JSON merge patch: an absent member is left alone, null clears it) into a
/// <see cref="CustomerPatch"/>. Members are matched case-insensitively; unknown ones (tenantId, id,
/// createdAt…) are ignored, so they can never be mass-assigned. A wrongly typed member is a 422 naming it.
/// </summary>
internal sealed class CustomerPatchReader(IStringLocalizer<CustomersResource> text, IStringLocalizer<CustomFieldsResource> fieldText)
{
    public CustomerPatch Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RuleViolation("body", text["Validation.BodyMustBeObject"], 400);
        }

        var members = body.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return new CustomerPatch
        {
            Kind = String(members, "kind"),
            FirstName = String(members, "firstName"),
            LastName = String(members, "lastName"),
            CompanyName = String(members, "companyName"),
            Phone = String(members, "phone"),
            Email = String(members, "email"),
            Gender = String(members, "gender"),
            CardNumber = String(members, "cardNumber"),
            BirthDate = Date(members, "birthDate"),
            ParentCompanyId = Id(members, "parentCompanyId"),
            Tags = Tags(members),
            ExternalIds = ExternalIds(members),
            CustomFields = CustomFields(members),
            ClearExternalIds = members.TryGetValue("externalIds", out var ids) && ids.ValueKind == JsonValueKind.Null,
        };
    }

    private Optional<string?> String(Dictionary<string, JsonElement> members, string name)
    {
        if (!members.TryGetValue(name, out var value))
        {
            return Optional<string?>.Unset;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => Optional<string?>.Of(null),
            JsonValueKind.String => Optional<string?>.Of(value.GetString()),
            // Phone and card numbers are often sent as JSON numbers by scripts; take their digits.
            JsonValueKind.Number when name is "phone" or "cardNumber" => Optional<string?>.Of(value.GetRawText()),
            _ => throw new RuleViolation(name, text["Validation.MustBeText"]),
        };
    }

    private Optional<DateOnly?> Date(Dictionary<string, JsonElement> members, string name)
    {
        if (!members.TryGetValue(name, out var value))
        {
            return Optional<DateOnly?>.Unset;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return Optional<DateOnly?>.Of(null);
        }

        return value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Optional<DateOnly?>.Of(date)
            : throw new RuleViolation(name, text["Validation.MustBeDate"]);
    }

    private Optional<Guid?> Id(Dictionary<string, JsonElement> members, string name)
    {
        if (!members.TryGetValue(name, out var value))
        {
            return Optional<Guid?>.Unset;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return Optional<Guid?>.Of(null);
        }

        return value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
            ? Optional<Guid?>.Of(id)
            : throw new RuleViolation(name, text["Validation.MustBeId"]);
    }

    private Optional<IReadOnlyList<string>?> Tags(Dictionary<string, JsonElement> members)
    {
        if (!members.TryGetValue("tags", out var value))
        {
            return Optional<IReadOnlyList<string>?>.Unset;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return Optional<IReadOnlyList<string>?>.Of(null);
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
        {
            throw new RuleViolation("tags", text["Validation.MustBeTextList"]);
        }

        return Optional<IReadOnlyList<string>?>.Of(value.EnumerateArray().Select(t => t.GetString()!).ToList());
    }

    private Dictionary<string, JsonElement> CustomFields(Dictionary<string, JsonElement> members)
    {
        if (!members.TryGetValue("customFields", out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : throw new RuleViolation("customFields", fieldText["Value.MustBeObject"]);
    }

    private Dictionary<string, string?> ExternalIds(Dictionary<string, JsonElement> members)
    {
        if (!members.TryGetValue("externalIds", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Object
            || value.EnumerateObject().Any(p => p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
        {
            throw new RuleViolation("externalIds", text["Validation.MustBeIdMap"]);
        }

        return value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
    }
}
