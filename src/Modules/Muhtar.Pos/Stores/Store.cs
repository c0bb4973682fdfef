using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Stores;

/// <summary>A shop of the business (şube). Tills and receipts belong to one.</summary>
internal sealed class Store : ITenantScoped, IAudited
{
    private Store()
    {
    }

    public Store(string code, string name, string city, string district, bool isOnline = false)
    {
        IsOnline = isOnline;
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        City = city;
        District = district;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The business's own short code ("IST01"), what tills send as storeCode; unique per business.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string City { get; private set; } = "";

    public string District { get; private set; } = "";

    /// <summary>An e-shop rather than a shop: its receipts are online orders (the order id is the receipt
    /// number), which any store may take back (click &amp; collect, P7).</summary>
    public bool IsOnline { get; private set; }

    public void Change(string code, string name, string city, string district, bool isOnline)
    {
        Code = code;
        Name = name;
        City = city;
        District = district;
        IsOnline = isOnline;
    }
}
