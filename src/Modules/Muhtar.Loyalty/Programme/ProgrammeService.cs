using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Loyalty.Programme;

/// <summary>The programme, its earn rules and tiers of the current business: the only writer of them.</summary>
internal sealed class ProgrammeService(IDbContextFactory<MuhtarDbContext> dbFactory, ProgrammeCache cache)
{
    /// <summary>The stored settings, or null when the business has not set up a programme.</summary>
    public async Task<ProgrammeSettings?> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Set<LoyaltyProgramme>().AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.Settings;
    }

    public async Task SaveAsync(ProgrammeSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await db.Set<LoyaltyProgramme>().FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            db.Add(new LoyaltyProgramme(settings));
        }
        else
        {
            programme.Apply(settings);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
    }

    public async Task<IReadOnlyList<EarnRule>> RulesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.Set<EarnRule>().AsNoTracking().ToListAsync(cancellationToken);
        return rules.OrderByDescending(r => r.MultiplierMilli).ThenBy(r => r.Name, StringComparer.Create(Platform.Text.TurkishText.Turkish, false)).ToList();
    }

    /// <summary>Creates (id null) or changes a rule; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<EarnRule?> SaveRuleAsync(Guid? id, EarnRuleDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = id is null ? null : await db.Set<EarnRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (id is not null && rule is null)
        {
            return null;
        }

        if (rule is null)
        {
            rule = new EarnRule(draft);
            db.Add(rule);
        }
        else
        {
            rule.Apply(draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return rule;
    }

    public async Task<bool> DeleteRuleAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.Set<EarnRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return false;
        }

        db.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return true;
    }

    public async Task<IReadOnlyList<Tier>> TiersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Tier>().AsNoTracking().OrderBy(t => t.ThresholdPoints).ToListAsync(cancellationToken);
    }

    /// <summary>Creates (id null) or changes a tier; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<Tier?> SaveTierAsync(Guid? id, TierDraft draft, string nameTakenMessage, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tier = id is null ? null : await db.Set<Tier>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (id is not null && tier is null)
        {
            return null;
        }

        if (await db.Set<Tier>().AnyAsync(t => t.Name == draft.Name && t.Id != id, cancellationToken))
        {
            throw new RuleViolation("name", nameTakenMessage, 409);
        }

        if (tier is null)
        {
            tier = new Tier(draft);
            db.Add(tier);
        }
        else
        {
            tier.Apply(draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return tier;
    }

    public async Task<bool> DeleteTierAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tier = await db.Set<Tier>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tier is null)
        {
            return false;
        }

        db.Remove(tier);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return true;
    }
}
