using System.Text.Json;
using Muhtar.Abstractions.Customers;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;

namespace Muhtar.Tests.Automation;

public sealed class ConditionEvaluatorTests
{
    private static readonly CustomerFacts Ayse = new(
        new CustomerSummary(
            Guid.NewGuid(), "person", "Ayşe", "Işık", null, "Ayşe Işık", "+905321112233", "ayse@example.com", "female",
            new DateOnly(1990, 5, 1), null, ["VIP", "Sadık Müşteri"], false, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
        new Dictionary<string, string> { ["sehir"] = "İstanbul", ["ilgi"] = "Kahve, Çay" });

    [Theory]
    [InlineData("tags", nameof(ConditionOperator.Equals), "vip", true)]
    [InlineData("tags", nameof(ConditionOperator.Equals), "VİP", true)]
    [InlineData("tags", nameof(ConditionOperator.Equals), "Vıp", true)]
    [InlineData("tags", nameof(ConditionOperator.Equals), "sadik musteri", true)]
    [InlineData("tags", nameof(ConditionOperator.Equals), "Sadık", false)]
    [InlineData("tags", nameof(ConditionOperator.Contains), "SADIK", true)]
    [InlineData("tags", nameof(ConditionOperator.NotEquals), "Toptan", true)]
    [InlineData("tags", nameof(ConditionOperator.NotEquals), "vip", false)]
    [InlineData("lastName", nameof(ConditionOperator.Equals), "IŞIK", true)]
    [InlineData("lastName", nameof(ConditionOperator.Equals), "isik", true)]
    [InlineData("kind", nameof(ConditionOperator.Equals), "person", true)]
    [InlineData("kind", nameof(ConditionOperator.Equals), "company", false)]
    [InlineData("cardNumber", nameof(ConditionOperator.Empty), null, true)]
    [InlineData("email", nameof(ConditionOperator.NotEmpty), null, true)]
    [InlineData("email", nameof(ConditionOperator.Contains), "@EXAMPLE", true)]
    [InlineData("birthDate", nameof(ConditionOperator.Contains), "-05-01", true)]
    [InlineData("birthDate", nameof(ConditionOperator.Equals), "1990-05-01", true)]
    [InlineData("cf.sehir", nameof(ConditionOperator.Equals), "istanbul", true)]
    [InlineData("cf.ilgi", nameof(ConditionOperator.Equals), "çay", true)]
    [InlineData("cf.yok", nameof(ConditionOperator.Empty), null, true)]
    public void Customer_conditions_compare_Turkish_casing_insensitively(string field, string op, string? value, bool expected) =>
        Assert.Equal(expected, ConditionEvaluator.Holds(new RuleCondition("customer", field, Enum.Parse<ConditionOperator>(op), value), Ayse, null));

    [Fact]
    public void Event_conditions_read_members_and_lists_of_the_payload()
    {
        var payload = JsonSerializer.SerializeToElement(new { customerId = Guid.NewGuid(), tag = "VİP", changedFields = new[] { "email", "tags" }, status = "delivered" });
        Assert.True(ConditionEvaluator.Holds(new RuleCondition("event", "tag", ConditionOperator.Equals, "vip"), null, payload));
        Assert.True(ConditionEvaluator.Holds(new RuleCondition("event", "changedFields", ConditionOperator.Equals, "email"), null, payload));
        Assert.False(ConditionEvaluator.Holds(new RuleCondition("event", "changedFields", ConditionOperator.Equals, "phone"), null, payload));
        Assert.True(ConditionEvaluator.Holds(new RuleCondition("event", "Status", ConditionOperator.Equals, "DELIVERED"), null, payload));
        Assert.True(ConditionEvaluator.Holds(new RuleCondition("event", "missing", ConditionOperator.Empty, null), null, payload));
        Assert.False(ConditionEvaluator.Holds(new RuleCondition("event", "missing", ConditionOperator.Equals, "x"), null, payload));
    }

    [Fact]
    public void Without_a_customer_only_is_empty_holds()
    {
        Assert.False(ConditionEvaluator.Holds(new RuleCondition("customer", "tags", ConditionOperator.NotEquals, "vip"), null, null));
        Assert.True(ConditionEvaluator.Holds(new RuleCondition("customer", "tags", ConditionOperator.Empty, null), null, null));
    }

    [Fact]
    public void The_first_failing_condition_is_reported_and_no_conditions_always_hold()
    {
        var conditions = new[]
        {
            new RuleCondition("customer", "tags", ConditionOperator.Equals, "vip"),
            new RuleCondition("customer", "kind", ConditionOperator.Equals, "company"),
        };
        Assert.Same(conditions[1], ConditionEvaluator.FirstFailing(conditions, Ayse, null));
        Assert.Null(ConditionEvaluator.FirstFailing([], Ayse, null));
    }
}
