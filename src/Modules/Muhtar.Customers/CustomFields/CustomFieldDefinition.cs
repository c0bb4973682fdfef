using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// A field a business adds to its customers ("Ayakkabı numarası", "Müşteri segmenti"). The key is the
/// stable name the API, filters and imports use; the label is what people read and may change.
/// Archiving hides the field everywhere but keeps every value.
/// </summary>
internal sealed class CustomFieldDefinition : ITenantScoped
{
    public const int MaxKeyLength = 40;
    public const int MaxLabelLength = 80;
    public const int MaxOptionLength = 80;
    public const int MaxOptions = 100;

    private CustomFieldDefinition()
    {
    }

    public CustomFieldDefinition(string key, string label, CustomFieldType type, IReadOnlyList<string> options, bool required, int order, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Key = key;
        Type = type;
        CreatedAt = now;
        Change(label, options, required, order, now);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>Lower-case ASCII slug, unique per business and never changed ("ayakkabi_no").</summary>
    public string Key { get; private set; } = "";

    /// <summary>As the user typed it ("Ayakkabı no").</summary>
    public string Label { get; private set; } = "";

    public CustomFieldType Type { get; private set; }

    /// <summary>The allowed values of a choice or multi-choice field, in the order they are offered.</summary>
    public List<string> Options { get; private set; } = [];

    public bool Required { get; private set; }

    public int Order { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(string label, IReadOnlyList<string> options, bool required, int order, DateTime now)
    {
        Label = label;
        Options = [.. options];
        Required = required;
        Order = order;
        UpdatedAt = now;
    }

    public void ChangeType(CustomFieldType type, DateTime now)
    {
        Type = type;
        UpdatedAt = now;
    }

    public void SetArchived(bool archived, DateTime now)
    {
        IsArchived = archived;
        UpdatedAt = now;
    }
}
