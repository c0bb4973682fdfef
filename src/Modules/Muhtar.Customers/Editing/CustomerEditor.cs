using System.Text.Json;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Editing;

/// <summary>
/// <see cref="ICustomerEditor"/> over the customer service, so an automation's write is validated, audited and
/// publishes the same events as a person's. Standard fields use their API names; "cf.&lt;key&gt;" a custom field.
/// </summary>
internal sealed class CustomerEditor(
    CustomerService customers, CustomerPatchReader patches, IStringLocalizer<CustomerEditingResource> text) : ICustomerEditor
{
    /// <summary>Fields an automation may set, by API name.</summary>
    public static readonly IReadOnlyList<string> StandardFields =
        ["kind", "firstName", "lastName", "companyName", "phone", "email", "gender", "birthDate", "cardNumber"];

    public const string CustomFieldPrefix = "cf.";

    public async Task AddTagAsync(Guid customerId, string tag, CancellationToken cancellationToken = default)
    {
        RequireTag(tag);
        var current = await customers.GetAsync(customerId, cancellationToken) ?? throw NotFound();
        if (current.Tags.Any(t => Tags.CustomerTag.Normalize(t) == Tags.CustomerTag.Normalize(tag)))
        {
            return;
        }

        _ = await customers.AddTagAsync(customerId, tag, cancellationToken) ?? throw NotFound();
    }

    public async Task RemoveTagAsync(Guid customerId, string tag, CancellationToken cancellationToken = default)
    {
        RequireTag(tag);
        _ = await customers.RemoveTagAsync(customerId, tag, cancellationToken) ?? throw NotFound();
    }

    public async Task SetFieldAsync(Guid customerId, string field, string? value, CancellationToken cancellationToken = default)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (field.StartsWith(CustomFieldPrefix, StringComparison.Ordinal) && field.Length > CustomFieldPrefix.Length)
        {
            body["customFields"] = new Dictionary<string, string?> { [field[CustomFieldPrefix.Length..]] = value };
        }
        else if (StandardFields.Contains(field, StringComparer.Ordinal))
        {
            body[field] = string.IsNullOrWhiteSpace(value) ? null : value;
        }
        else
        {
            throw new RuleViolation("field", text["Field.Unknown", field]);
        }

        var patch = patches.Read(JsonSerializer.SerializeToElement(body));
        _ = await customers.UpdateAsync(customerId, patch, cancellationToken) ?? throw NotFound();
    }

    public async Task<Guid> EnrolAsync(string phone, string? firstName, string? lastName, CancellationToken cancellationToken = default)
    {
        var created = await customers.CreateAsync(new CustomerRequest(Kind: "person", FirstName: firstName, LastName: lastName, Phone: phone), cancellationToken);
        return created.Id;
    }

    private void RequireTag(string tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            throw new RuleViolation("tag", text["Tag.Required"]);
        }
    }

    private RuleViolation NotFound() => new("customerId", text["Customer.NotFound"], 404);
}
