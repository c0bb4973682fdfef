using Muhtar.Abstractions.Pos;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Text;

namespace Muhtar.Loyalty.Demo;

/// <summary>
/// The demo business's programme: 1 puan per TL, 1 puan = 0,01 TL, tiers Bronz/Gümüş/Altın, and a coffee
/// stamp card on the demo catalogue's coffee shelves. Runs after the POS seeder (Order 20) so the catalogue
/// exists; seeds nothing twice.
/// </summary>
internal sealed class LoyaltyDemoSeeder(ProgrammeService programmes, StampCardService cards, ICatalogReader catalog) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        if (await programmes.GetAsync(ct) is not null)
        {
            return;
        }

        await programmes.SaveAsync(ProgrammeSettings.Default, ct);
        await programmes.SaveTierAsync(null, new TierDraft("Bronz", 0, LoyaltyProgramme.OneX, null), "", ct);
        await programmes.SaveTierAsync(null, new TierDraft("Gümüş", 2_000, 1_250, "Doğum gününde %10 indirim"), "", ct);
        await programmes.SaveTierAsync(null, new TierDraft("Altın", 5_000, 1_500, "Doğum gününde %10 indirim, ücretsiz teslimat"), "", ct);

        // Every coffee shelf stamps: receipt lines carry the product's own (leaf) category.
        var coffee = (await catalog.SearchAsync(CatalogKind.Category, "kahve", 20, ct))
            .Where(c => TurkishText.Fold(c.Name).Contains("kahve", StringComparison.Ordinal)).ToList();
        if (coffee.Count > 0)
        {
            await cards.SaveAsync(null, new StampCardDraft("Kahve kartı: 5 kahve al, 6. bedava", 5, true, null, null,
                coffee.Select(c => new StampCardTarget(CatalogKind.Category, c.Id)).ToList()), ct);
        }
    }
}
