using System.Globalization;
using System.Text.Json;
using Muhtar.Abstractions.Customers;
using Muhtar.Automation.Rules;
using Muhtar.Platform.Text;

namespace Muhtar.Automation.Runs;

/// <summary>
/// Decides a rule's IF. Every condition must hold. Text is compared after <see cref="TurkishText.Fold"/>, so
/// casing and Turkish letters do not matter: "VIP", "vip" and "VİP" are the same tag, as in the tag catalogue.
/// A list (tags, changedFields, a multi-choice field) "equals"/"contains" a value when one element does.
/// </summary>
internal static class ConditionEvaluator
{
    public const string CustomerSource = "customer";
    public const string EventSource = "event";

    /// <summary>The first condition that does not hold, or null when all do.</summary>
    public static RuleCondition? FirstFailing(IReadOnlyList<RuleCondition> conditions, CustomerFacts? customer, JsonElement? payload) =>
        conditions.FirstOrDefault(c => !Holds(c, customer, payload));

    public static bool Holds(RuleCondition condition, CustomerFacts? customer, JsonElement? payload)
    {
        var values = condition.Source == EventSource ? EventValues(payload, condition.Field) : CustomerValues(customer, condition.Field);
        if (values is null)
        {
            // No customer (or no such payload member): only "is empty" can be true.
            return condition.Operator == ConditionOperator.Empty;
        }

        var folded = values.Select(TurkishText.Fold).Where(v => v.Length > 0).ToList();
        var wanted = TurkishText.Fold(condition.Value);
        return condition.Operator switch
        {
            ConditionOperator.Empty => folded.Count == 0,
            ConditionOperator.NotEmpty => folded.Count > 0,
            ConditionOperator.Equals => folded.Contains(wanted, StringComparer.Ordinal),
            ConditionOperator.NotEquals => !folded.Contains(wanted, StringComparer.Ordinal),
            ConditionOperator.Contains => folded.Any(v => v.Contains(wanted, StringComparison.Ordinal)),
            ConditionOperator.NotContains => !folded.Any(v => v.Contains(wanted, StringComparison.Ordinal)),
            _ => false,
        };
    }

    /// <summary>A customer field's values as text; null when there is no customer.</summary>
    public static IReadOnlyList<string>? CustomerValues(CustomerFacts? facts, string field)
    {
        if (facts is null)
        {
            return null;
        }

        var c = facts.Customer;
        if (field.StartsWith("cf.", StringComparison.Ordinal))
        {
            return facts.CustomFields.TryGetValue(field[3..], out var custom)
                ? custom.Split(", ", StringSplitOptions.RemoveEmptyEntries).Prepend(custom).Distinct().ToList()
                : [];
        }

        string? one = field switch
        {
            "kind" => c.Kind,
            "firstName" => c.FirstName,
            "lastName" => c.LastName,
            "companyName" => c.CompanyName,
            "displayName" => c.DisplayName,
            "phone" => c.Phone,
            "email" => c.Email,
            "gender" => c.Gender,
            "birthDate" => c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "cardNumber" => c.CardNumber,
            _ => null,
        };
        return field == "tags" ? c.Tags : one is null ? [] : [one];
    }

    /// <summary>A payload member's values as text (a list gives each element); null when absent.</summary>
    public static IReadOnlyList<string>? EventValues(JsonElement? payload, string path)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } current)
        {
            return null;
        }

        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !TryMember(current, part, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.Array => current.EnumerateArray().Select(Text).ToList(),
            JsonValueKind.Null => [],
            _ => [Text(current)],
        };
    }

    private static bool TryMember(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => element.GetRawText(),
    };
}
