using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Customers;

/// <summary>The customer's id in another system (POS, e-shop, ERP): unique per business and system (C3).</summary>
internal sealed class CustomerExternalId : ITenantScoped
{
    public const int MaxSystemLength = 50;
    public const int MaxValueLength = 100;

    private CustomerExternalId()
    {
    }

    public CustomerExternalId(Guid customerId, string system, string value)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        System = system;
        Value = value;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>Lower-case system name, e.g. "shopify", "logo".</summary>
    public string System { get; private set; } = "";

    public string Value { get; private set; } = "";

    public void ChangeValue(string value) => Value = value;
}
