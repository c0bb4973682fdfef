using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Catalog;

/// <summary>A product category; a tree through <see cref="ParentId"/> ("Süt Ürünleri" › "Yoğurt").</summary>
internal sealed class Category : ITenantScoped, INamedCatalogRow
{
    private Category()
    {
    }

    public Category(string name, Guid? parentId)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        ParentId = parentId;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    public void Change(string name, Guid? parentId)
    {
        Name = name;
        ParentId = parentId;
    }
}
