using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Tags;

/// <summary>
/// The business's tag definitions (name and colour) and the only writer of them. Renaming a defined tag
/// renames it on every customer that carries it; deleting a definition keeps the tag on customers and
/// returns it to the default colour.
/// </summary>
internal sealed class TagCatalog(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    IStringLocalizer<CustomFieldsResource> text)
{
    private const int MaxListed = 500;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Defined tags and tags in use, in Turkish alphabetical order.</summary>
    public async Task<IReadOnlyList<TagResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var defined = await db.Set<TagDefinition>().AsNoTracking().Take(MaxListed).ToListAsync(cancellationToken);
        var used = await db.Set<CustomerTag>().AsNoTracking()
            .GroupBy(t => t.NormalizedName)
            .Select(g => g.Min(t => t.Name)!)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        var byKey = defined.ToDictionary(d => d.NormalizedName, d => TagResponse.Of(d.Id, d.Name, d.Colour), StringComparer.Ordinal);
        foreach (var name in used)
        {
            byKey.TryAdd(CustomerTag.Normalize(name), TagResponse.Of(null, name, TagColours.Default));
        }

        var order = CustomerMapping.SortTags(byKey.Values.Select(t => t.Name));
        return byKey.Values.OrderBy(t => IndexOf(order, t.Name)).ToList();
    }

    /// <summary>Folded tag name → the chip's CSS, for pages painting tags; unknown names use the default.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StylesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var defined = await db.Set<TagDefinition>().AsNoTracking().Select(d => new { d.NormalizedName, d.Colour }).ToListAsync(cancellationToken);
        return defined.ToDictionary(d => d.NormalizedName, d => TagColours.Style(d.Colour).Css, StringComparer.Ordinal);
    }

    public async Task<TagResponse> CreateAsync(TagDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        var name = Name(request.Name) ?? throw new RuleViolation("name", text["Tag.NameRequired"]);
        var colour = request.Colour is null ? TagColours.Default : Colour(request.Colour);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = CustomerTag.Normalize(name);
        if (await db.Set<TagDefinition>().AnyAsync(d => d.NormalizedName == normalized, cancellationToken))
        {
            throw new RuleViolation("name", text["Tag.NameTaken", name], 409);
        }

        var tag = new TagDefinition(name, colour, Now);
        db.Add(tag);
        await db.SaveChangesAsync(cancellationToken);
        return TagResponse.Of(tag.Id, tag.Name, tag.Colour);
    }

    public async Task<TagResponse?> UpdateAsync(Guid id, TagDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tag = await db.Set<TagDefinition>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (tag is null)
        {
            return null;
        }

        if (request.Colour is not null)
        {
            tag.Recolour(Colour(request.Colour));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (request.Name is not null)
        {
            var name = Name(request.Name) ?? throw new RuleViolation("name", text["Tag.NameRequired"]);
            var normalized = CustomerTag.Normalize(name);
            if (normalized != tag.NormalizedName && await db.Set<TagDefinition>().AnyAsync(d => d.NormalizedName == normalized, cancellationToken))
            {
                throw new RuleViolation("name", text["Tag.NameTaken", name], 409);
            }

            if (name != tag.Name)
            {
                await RenameOnCustomersAsync(db, tag.NormalizedName, tag.Name, name, cancellationToken);
                tag.Rename(name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TagResponse.Of(tag.Id, tag.Name, tag.Colour);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Set<TagDefinition>().Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>
    /// Every customer tagged with the old name gets the new one (a customer that already has the new tag just
    /// loses the old), each change on the customer's audit trail.
    /// </summary>
    private async Task RenameOnCustomersAsync(MuhtarDbContext db, string oldKey, string oldName, string newName, CancellationToken cancellationToken)
    {
        var newKey = CustomerTag.Normalize(newName);
        var tagged = db.Set<CustomerTag>().Where(t => t.NormalizedName == oldKey);
        var customers = await tagged.Select(t => t.CustomerId).ToListAsync(cancellationToken);
        if (newKey != oldKey)
        {
            var both = db.Set<CustomerTag>().Where(t => t.NormalizedName == newKey).Select(t => t.CustomerId);
            await tagged.Where(t => both.Contains(t.CustomerId)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.Set<CustomerTag>().Where(t => t.NormalizedName == oldKey)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, newName).SetProperty(t => t.NormalizedName, newKey), cancellationToken);
        foreach (var customerId in customers)
        {
            CustomerAuditLog.Record(db, tenant, customerId, "Tags", oldName, newName, Now);
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        return order.Count;
    }

    private string? Name(string? name)
    {
        var cleaned = name?.Trim();
        return cleaned is { Length: > CustomerTag.MaxLength }
            ? throw new RuleViolation("name", text["Field.TooLong", CustomerTag.MaxLength])
            : string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    private string Colour(string colour) =>
        TagColours.Normalize(colour) ?? throw new RuleViolation("colour", text["Tag.ColourInvalid", string.Join(", ", TagColours.Palette.Keys)]);
}
