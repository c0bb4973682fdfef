using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Stores;

/// <summary>A cash register (kasa) in a store; receipts carry its code, which is unique within the store.</summary>
internal sealed class Till : ITenantScoped
{
    private Till()
    {
    }

    public Till(Guid storeId, string code)
    {
        Id = Guid.CreateVersion7();
        StoreId = storeId;
        Code = code;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    public string Code { get; private set; } = "";

    public void Rename(string code) => Code = code;
}
