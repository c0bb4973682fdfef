using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Catalog;

/// <summary>A product brand (marka); loyalty multipliers and co-op campaigns (P4, P9) target brands.</summary>
internal sealed class Brand : ITenantScoped, INamedCatalogRow
{
    private Brand()
    {
    }

    public Brand(string name)
    {
        Id = Guid.CreateVersion7();
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
