using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Platform.Text;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// A customer's audience keys for segment-targeted promotions: "tag:&lt;tag&gt;" per customer tag and
/// "tier:&lt;tier&gt;" for the loyalty tier, folded (<see cref="TurkishText.Fold"/>) so "VIP", "vip" and "Vıp"
/// or "Altın" and "ALTIN" match whichever way the business typed them. RFM segments (issue 7) become one more
/// prefix, "segment:&lt;key&gt;", added here without touching the engine.
/// </summary>
internal sealed class CustomerKeys(ICustomerDirectory customers, IEnumerable<ILoyaltyAccounts> loyalty)
{
    public const string TagPrefix = "tag:";
    public const string TierPrefix = "tier:";

    public async Task<IReadOnlySet<string>> ForAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (await customers.GetAsync(customerId, cancellationToken) is not { } customer)
        {
            return keys;
        }

        foreach (var tag in customer.Tags)
        {
            keys.Add(Key(TagPrefix, tag));
        }

        // The loyalty programme is optional: a business without one simply has no tiers to target.
        if (loyalty.FirstOrDefault() is { } accounts && (await accounts.GetStatusAsync(customerId, cancellationToken)).Tier is { } tier)
        {
            keys.Add(Key(TierPrefix, tier));
        }

        return keys;
    }

    public static string Key(string prefix, string value) => prefix + TurkishText.Fold(value);
}
