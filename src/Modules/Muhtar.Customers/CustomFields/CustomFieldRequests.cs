namespace Muhtar.Customers.CustomFields;

/// <summary>
/// The body of POST /api/v1/custom-fields and PATCH /api/v1/custom-fields/{id} (where an absent or null
/// member stays as it is). The key is made from the label when not given and never changes afterwards.
/// </summary>
internal sealed record CustomFieldRequest(
    string? Key = null,
    string? Label = null,
    string? Type = null,
    IReadOnlyList<string>? Options = null,
    bool? Required = null,
    int? Order = null,
    bool? Archived = null);

internal sealed record CustomFieldResponse(
    Guid Id,
    string Key,
    string Label,
    string Type,
    IReadOnlyList<string> Options,
    bool Required,
    int Order,
    bool Archived)
{
    public static CustomFieldResponse From(CustomFieldDefinition d) =>
        new(d.Id, d.Key, d.Label, CustomFieldTypes.Name(d.Type), d.Options, d.Required, d.Order, d.IsArchived);
}
