using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Catalog;

/// <summary>Who delivers a product (tedarikçi); co-op campaigns are invoiced to suppliers (P9).</summary>
internal sealed class Supplier : ITenantScoped, INamedCatalogRow
{
    private Supplier()
    {
    }

    public Supplier(string name)
    {
        Id = Guid.CreateVersion7();
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
