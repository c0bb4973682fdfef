using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Tags;

/// <summary>
/// A tag the business has given a colour ("VIP" in purple). Customers carry tags by name
/// (<see cref="CustomerTag"/>); a tag without a definition is shown in the neutral colour.
/// </summary>
internal sealed class TagDefinition : ITenantScoped
{
    private TagDefinition()
    {
    }

    public TagDefinition(string name, string colour, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Rename(name);
        Colour = colour;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Folded like <see cref="CustomerTag.NormalizedName"/>: the link to the customers' tags.</summary>
    public string NormalizedName { get; private set; } = "";

    /// <summary>A <see cref="TagColours"/> palette name ("purple") or a "#rrggbb" colour.</summary>
    public string Colour { get; private set; } = TagColours.Default;

    public DateTime CreatedAt { get; private set; }

    public void Rename(string name)
    {
        Name = name;
        NormalizedName = CustomerTag.Normalize(name);
    }

    public void Recolour(string colour) => Colour = colour;
}
