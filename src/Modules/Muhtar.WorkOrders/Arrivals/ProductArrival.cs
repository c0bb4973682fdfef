using Muhtar.Platform.Tenancy;

namespace Muhtar.WorkOrders.Arrivals;

/// <summary>
/// "X süt geldi": a product or tag the shop marked as arrived on one business day. One row per term and day,
/// so announcing it again that day reaches only customers who have not heard yet (dedupe per arrival and customer).
/// </summary>
internal sealed class ProductArrival : ITenantScoped
{
    public const int MaxTermLength = 100;

    private ProductArrival()
    {
    }

    public ProductArrival(string term, string normalizedTerm, DateOnly day, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Term = term;
        NormalizedTerm = normalizedTerm;
        Day = day;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>As typed, used in the message ("X süt").</summary>
    public string Term { get; private set; } = "";

    /// <summary>Folded the Turkish way: "X SÜT" and "x süt" are the same arrival.</summary>
    public string NormalizedTerm { get; private set; } = "";

    /// <summary>The business's calendar day (Europe/Istanbul).</summary>
    public DateOnly Day { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string DedupeKey(Guid customerId) => $"arrival:{Id}:customer:{customerId}";
}
