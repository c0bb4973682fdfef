namespace Muhtar.Customers.CustomFields.Pages;

/// <summary>What the settings form edits; options one per line.</summary>
internal sealed class CustomFieldFormModel
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public string Type { get; set; } = "text";

    public string? Options { get; set; }

    public bool Required { get; set; }

    public int? Order { get; set; }

    public static CustomFieldFormModel From(CustomFieldResponse field) => new()
    {
        Key = field.Key,
        Label = field.Label,
        Type = field.Type,
        Options = string.Join('\n', field.Options),
        Required = field.Required,
        Order = field.Order,
    };

    public CustomFieldRequest ToRequest(bool includeKey) => new(
        includeKey ? Key : null,
        Label ?? "",
        Type,
        (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Required,
        Order);
}
