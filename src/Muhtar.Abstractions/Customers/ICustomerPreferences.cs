namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Preference notes (L3): which customers' notes or tags mention a product ("buys brand X milk"), so a
/// module can tell them it arrived. Scoped to the current business; archived customers are never found.
/// </summary>
public interface ICustomerPreferences
{
    /// <summary>
    /// Customers whose notes or tags contain the words starting as typed, compared the Turkish way
    /// ("X SÜT" finds "x süt alır" and the tag "X Süt"); in name order, at most <paramref name="limit"/>.
    /// A blank text finds nobody.
    /// </summary>
    Task<IReadOnlyList<PreferenceMatch>> FindAsync(string text, int limit, CancellationToken cancellationToken = default);
}

/// <summary>A customer and the note text or tag ("#X Süt") that matched.</summary>
public sealed record PreferenceMatch(CustomerSummary Customer, string MatchedOn);
