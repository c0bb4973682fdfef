using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Receipts;

/// <summary>A quantity of one original receipt line given back, and the money refunded for it.</summary>
internal sealed class ReceiptReturnLine : ITenantScoped
{
    private ReceiptReturnLine()
    {
    }

    public ReceiptReturnLine(int originalLineNo, int quantityMilli, long refundKurus)
    {
        OriginalLineNo = originalLineNo;
        QuantityMilli = quantityMilli;
        RefundKurus = refundKurus;
    }

    public Guid ReturnId { get; private set; }

    public int OriginalLineNo { get; private set; }

    public Guid TenantId { get; private set; }

    public int QuantityMilli { get; private set; }

    public long RefundKurus { get; private set; }

    internal void BelongTo(Guid returnId) => ReturnId = returnId;
}
