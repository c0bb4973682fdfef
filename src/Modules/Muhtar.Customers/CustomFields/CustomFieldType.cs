namespace Muhtar.Customers.CustomFields;

/// <summary>What kind of value a custom field holds; the API spells them as <see cref="CustomFieldTypes"/> does.</summary>
internal enum CustomFieldType
{
    Text,
    Number,
    Date,
    Choice,
    MultiChoice,
    YesNo,
}
