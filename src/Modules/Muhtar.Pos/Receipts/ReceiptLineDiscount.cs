using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// One discount on one receipt line and where it came from (P6): a promotion (<see cref="PromotionId"/> set,
/// <see cref="Source"/> its id), the points redemption ("points") or a stamp card's reward ("stamp:{cardId}").
/// The line's <see cref="ReceiptLine.DiscountKurus"/> is the sum of its rows; co-op campaigns (P9) and
/// returns read them to know what each promotion cost.
/// </summary>
internal sealed class ReceiptLineDiscount : ITenantScoped
{
    public const string PointsSource = "points";
    public const string StampSourcePrefix = "stamp:";

    private ReceiptLineDiscount()
    {
    }

    public ReceiptLineDiscount(Guid receiptId, int lineNo, string source, Guid? promotionId, long amountKurus)
    {
        Id = Guid.CreateVersion7();
        ReceiptId = receiptId;
        LineNo = lineNo;
        Source = source;
        PromotionId = promotionId;
        AmountKurus = amountKurus;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ReceiptId { get; private set; }

    public int LineNo { get; private set; }

    /// <summary>The promotion id ("D" format), "points" or "stamp:{cardId}": what the API lists per line.</summary>
    public string Source { get; private set; } = "";

    public Guid? PromotionId { get; private set; }

    public long AmountKurus { get; private set; }
}
