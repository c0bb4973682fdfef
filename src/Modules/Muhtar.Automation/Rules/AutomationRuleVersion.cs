using System.Text.Json;
using System.Text.Json.Serialization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Rules;

/// <summary>One saved body of a rule; never changed once written.</summary>
internal sealed class AutomationRuleVersion : ITenantScoped
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private AutomationRuleVersion()
    {
    }

    public AutomationRuleVersion(Guid ruleId, int number, RuleDefinition definition, string? author, DateTime now)
    {
        Id = Guid.CreateVersion7();
        RuleId = ruleId;
        Number = number;
        Definition = JsonSerializer.Serialize(definition, Json);
        Author = author;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid RuleId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The <see cref="RuleDefinition"/> as JSON.</summary>
    public string Definition { get; private set; } = "";

    public string? Author { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public RuleDefinition Read() =>
        JsonSerializer.Deserialize<RuleDefinition>(Definition, Json) ?? throw new InvalidOperationException($"Rule version {Id} has no body.");
}
