namespace Muhtar.Customers.Tags;

/// <summary>POST /api/v1/customer-tags and PATCH /api/v1/customer-tags/{id} (absent members stay as they are).</summary>
internal sealed record TagDefinitionRequest(string? Name = null, string? Colour = null);

/// <summary>
/// A tag of the business: every defined tag and every tag in use on a customer. <c>id</c> is null for a tag
/// that has no definition yet (it shows in the default colour).
/// </summary>
internal sealed record TagResponse(Guid? Id, string Name, string Colour, string Background, string Foreground)
{
    public static TagResponse Of(Guid? id, string name, string colour)
    {
        var style = TagColours.Style(colour);
        return new(id, name, colour, style.Background, style.Foreground);
    }
}
