using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// The business's custom field definitions (C1) and the only writer of them. For the import:
/// <see cref="ListAsync"/> gives the active fields (map a column to <see cref="CustomFieldDefinition.Key"/>),
/// <see cref="CustomFieldValueParser.TryParse"/> reads each cell, and
/// <see cref="CustomFieldValues.SetManyAsync"/> stores the values of a batch of customers.
/// </summary>
internal sealed class CustomFieldCatalog(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    TimeProvider time,
    IStringLocalizer<CustomFieldsResource> text)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The active (not archived) fields of the current business, in their display order. Untracked.</summary>
    public async Task<IReadOnlyList<CustomFieldDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Ordered(db.Set<CustomFieldDefinition>().AsNoTracking().Where(d => !d.IsArchived)).ToListAsync(cancellationToken);
    }

    /// <summary>Every field including archived ones, for the settings page and the API.</summary>
    public async Task<IReadOnlyList<CustomFieldResponse>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fields = await Ordered(db.Set<CustomFieldDefinition>().AsNoTracking()).ToListAsync(cancellationToken);
        return fields.Select(CustomFieldResponse.From).ToList();
    }

    public async Task<CustomFieldResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var field = await db.Set<CustomFieldDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return field is null ? null : CustomFieldResponse.From(field);
    }

    public async Task<CustomFieldResponse> CreateAsync(CustomFieldRequest request, CancellationToken cancellationToken = default)
    {
        var label = Label(request.Label) ?? throw new RuleViolation("label", text["Field.LabelRequired"]);
        var key = request.Key?.Trim() is { Length: > 0 } given ? given : CustomFieldKeys.FromLabel(label);
        if (!CustomFieldKeys.IsValid(key))
        {
            throw new RuleViolation("key", text["Field.KeyInvalid", CustomFieldDefinition.MaxKeyLength]);
        }

        if (!CustomFieldTypes.TryParse(request.Type, out var type))
        {
            throw new RuleViolation("type", text["Field.TypeInvalid", string.Join(", ", CustomFieldTypes.Names)]);
        }

        var options = Options(type, request.Options);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<CustomFieldDefinition>().AnyAsync(d => d.Key == key, cancellationToken))
        {
            throw new RuleViolation("key", text["Field.KeyTaken", key], 409);
        }

        var order = request.Order ?? (await db.Set<CustomFieldDefinition>().MaxAsync(d => (int?)d.Order, cancellationToken) ?? 0) + 1;
        var field = new CustomFieldDefinition(key, label, type, options, request.Required ?? false, order, Now);
        field.SetArchived(request.Archived ?? false, Now);
        db.Add(field);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same key a moment ago: the unique index refused it, answer as the check above would.
            if (await KeyTakenAsync(key, cancellationToken))
            {
                throw new RuleViolation("key", text["Field.KeyTaken", key], 409);
            }

            throw;
        }

        return CustomFieldResponse.From(field);
    }

    /// <summary>
    /// Changes what the request sets. The key never changes; the type only while no customer has a value
    /// (or from choice to multi-choice, which keeps every value valid); an option only goes while unused.
    /// </summary>
    public async Task<CustomFieldResponse?> UpdateAsync(Guid id, CustomFieldRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var field = await db.Set<CustomFieldDefinition>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (field is null)
        {
            return null;
        }

        if (request.Key?.Trim() is { Length: > 0 } key && key != field.Key)
        {
            throw new RuleViolation("key", text["Field.KeyFixed"]);
        }

        var values = db.Set<CustomerCustomValue>().Where(v => v.FieldId == id);
        var type = field.Type;
        if (request.Type is not null && (!CustomFieldTypes.TryParse(request.Type, out type)))
        {
            throw new RuleViolation("type", text["Field.TypeInvalid", string.Join(", ", CustomFieldTypes.Names)]);
        }

        if (type != field.Type && !(field.Type == CustomFieldType.Choice && type == CustomFieldType.MultiChoice)
            && await values.AnyAsync(cancellationToken))
        {
            throw new RuleViolation("type", text["Field.TypeInUse", await values.Select(v => v.CustomerId).Distinct().CountAsync(cancellationToken)], 409);
        }

        var options = request.Options is null && CustomFieldTypes.HasOptions(type) == CustomFieldTypes.HasOptions(field.Type)
            ? field.Options
            : Options(type, request.Options);
        var dropped = field.Options.Where(o => !options.Any(n => TurkishText.Fold(n) == TurkishText.Fold(o))).Select(CustomerCustomValue.Fold).ToList();
        if (CustomFieldTypes.HasOptions(type) && dropped.Count > 0
            && await values.Where(v => dropped.Contains(v.Folded!)).Select(v => v.Text).FirstOrDefaultAsync(cancellationToken) is { } used)
        {
            throw new RuleViolation("options", text["Field.OptionInUse", used], 409);
        }

        var label = request.Label is null ? field.Label : Label(request.Label) ?? throw new RuleViolation("label", text["Field.LabelRequired"]);
        field.ChangeType(type, Now);
        field.Change(label, options, request.Required ?? field.Required, request.Order ?? field.Order, Now);
        if (request.Archived is { } archived)
        {
            field.SetArchived(archived, Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CustomFieldResponse.From(field);
    }

    /// <summary>Removes the field and every customer's value of it; archiving is the way to hide a field and keep them.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var field = await db.Set<CustomFieldDefinition>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (field is null)
        {
            return false;
        }

        await db.Set<CustomerCustomValue>().Where(v => v.FieldId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(field);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IQueryable<CustomFieldDefinition> Ordered(IQueryable<CustomFieldDefinition> fields) =>
        fields.OrderBy(d => d.Order).ThenBy(d => d.Key);

    private async Task<bool> KeyTakenAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<CustomFieldDefinition>().AnyAsync(d => d.Key == key, cancellationToken);
    }

    private string? Label(string? label)
    {
        var cleaned = label?.Trim();
        return cleaned is { Length: > CustomFieldDefinition.MaxLabelLength }
            ? throw new RuleViolation("label", text["Field.TooLong", CustomFieldDefinition.MaxLabelLength])
            : string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    private List<string> Options(CustomFieldType type, IReadOnlyList<string>? requested)
    {
        var options = (requested ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).ToList();
        if (!CustomFieldTypes.HasOptions(type))
        {
            return options.Count == 0 ? [] : throw new RuleViolation("options", text["Field.OptionsOnlyForChoices"]);
        }

        if (options.Count == 0)
        {
            throw new RuleViolation("options", text["Field.OptionsRequired"]);
        }

        if (options.Count > CustomFieldDefinition.MaxOptions || options.Any(o => o.Length > CustomFieldDefinition.MaxOptionLength))
        {
            throw new RuleViolation("options", text["Field.OptionsTooMany", CustomFieldDefinition.MaxOptions, CustomFieldDefinition.MaxOptionLength]);
        }

        if (options.GroupBy(TurkishText.Fold).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RuleViolation("options", text["Field.OptionTwice", twice.First()]);
        }

        return options;
    }
}
