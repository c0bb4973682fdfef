using Muhtar.Abstractions.Pos;
using Muhtar.Pos.Receipts;

namespace Muhtar.Tests.Pos;

public sealed class ReceiptTests
{
    private static readonly ReceiptHeader Header =
        new(Guid.NewGuid(), "01", "Ayşe K.", "000042", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), null, PaymentType.Card);

    [Fact]
    public void Totals_are_derived_from_the_lines()
    {
        var receipt = new Receipt(Header,
        [
            new ReceiptLine(1, null, "8690000000001", 2_000, 42_50, 0),
            new ReceiptLine(2, null, "8690000000002", 350, 290_00, 10_15),
        ], Header.OccurredAt);

        Assert.Equal(85_00 + 101_50, receipt.SubtotalKurus);
        Assert.Equal(10_15, receipt.DiscountKurus);
        Assert.Equal(85_00 + 91_35, receipt.TotalKurus);
    }

    [Fact]
    public void A_weighed_line_rounds_to_the_kurus_half_away_from_zero()
    {
        // 0.125 kg at 1.00 TL/kg is 12.5 kuruş: a till prints 13.
        Assert.Equal(13, new ReceiptLine(1, null, "2000000000001", 125, 100, 0).LineTotalKurus);
        Assert.Equal(12, new ReceiptLine(1, null, "2000000000001", 124, 100, 0).LineTotalKurus);
    }

    [Fact]
    public void A_discount_larger_than_the_line_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceiptLine(1, null, "8690000000001", 1_000, 10_00, 10_01));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceiptLine(1, null, "8690000000001", 1_000, 10_00, -1));
    }

    [Fact]
    public void A_receipt_without_lines_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Receipt(Header, [], Header.OccurredAt));

    [Theory]
    [InlineData("1", 1_000)]
    [InlineData("0.35", 350)]
    [InlineData("2.125", 2_125)]
    public void Quantities_with_up_to_three_decimals_become_milli_units(string quantity, int milli)
    {
        var value = decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(milli, Quantity.TryFromDecimal(value));
        Assert.Equal(value, Quantity.ToDecimal(milli));
    }

    [Fact]
    public void A_quantity_finer_than_a_gram_is_not_a_quantity() => Assert.Null(Quantity.TryFromDecimal(0.0005m));
}
