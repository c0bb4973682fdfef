using Muhtar.Customers.Search;
using Muhtar.Platform.Tenancy;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Tags;

/// <summary>A label on a customer ("VIP", "toptancı"). Filtering compares the folded name.</summary>
internal sealed class CustomerTag : ITenantScoped
{
    public const int MaxLength = 50;

    private CustomerTag()
    {
    }

    public CustomerTag(Guid customerId, string name)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Name = name;
        NormalizedName = Normalize(name);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>As first written, e.g. "İstanbul".</summary>
    public string Name { get; private set; } = "";

    /// <summary>Folded, e.g. "istanbul": "İSTANBUL" and "istanbul" are the same tag.</summary>
    public string NormalizedName { get; private set; } = "";

    public static string Normalize(string name) => TurkishText.Fold(name);
}
