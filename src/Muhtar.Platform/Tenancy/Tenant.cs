namespace Muhtar.Platform.Tenancy;

/// <summary>A business using Muhtar (the tenant). Not itself tenant-scoped.</summary>
public sealed class Tenant
{
    private Tenant()
    {
    }

    public Tenant(string name, string slug, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        Slug = slug;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Short unique handle used by the command line and URLs, e.g. "ayse".</summary>
    public string Slug { get; private set; } = "";

    public string TimeZone { get; private set; } = "Europe/Istanbul";

    public DateTime CreatedAt { get; private set; }
}
