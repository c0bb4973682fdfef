using Microsoft.Extensions.Localization;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;

namespace Muhtar.Automation.Runs;

/// <summary>A condition in words, for the run log ("Koşul sağlanmadı: müşteri tags eşittir VIP").</summary>
internal static class ConditionText
{
    public static string Describe(RuleCondition condition, IStringLocalizer<AutomationResource> text) =>
        text["Run.ConditionFailed", text[$"Source.{condition.Source}"], condition.Field, text[$"Operator.{condition.Operator}"], condition.Value ?? ""];
}
