using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Text;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Demo;
using Muhtar.Pos.Localization;

namespace Muhtar.Tests.Pos;

public sealed class PosTextTests
{
    [Theory]
    [InlineData(123_450, "1.234,50 ₺")]
    [InlineData(5, "0,05 ₺")]
    [InlineData(1_000_000_00, "1.000.000,00 ₺")]
    public void Money_is_shown_in_turkish_format(long kurus, string expected) => Assert.Equal(expected, PosFormat.Money(kurus));

    [Fact]
    public void Times_are_shown_in_istanbul_time() =>
        Assert.Equal("02.03.2026 12:05", PosFormat.LocalTime(new DateTime(2026, 3, 2, 9, 5, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData(2_000, "2")]
    [InlineData(350, "0,35")]
    public void Quantities_are_shown_without_needless_decimals(int milli, string expected) => Assert.Equal(expected, PosFormat.Quantity(milli));

    [Fact]
    public void Every_payment_type_has_a_string() =>
        Assert.All(Enum.GetValues<PaymentType>(), t => Assert.StartsWith("Payment.", PosFormat.PaymentKey(t), StringComparison.Ordinal));

    [Theory]
    [InlineData("SÜT", "sut")]
    [InlineData("Işıklı Çay", "isikli cay")]
    [InlineData("İYOTLU TUZ 750g", "iyotlu tuz 750g")]
    public void Search_keys_ignore_turkish_case_and_diacritics(string text, string key) => Assert.Equal(key, TurkishText.Fold(text));

    [Fact]
    public void Sort_keys_follow_the_turkish_alphabet()
    {
        string[] names = ["Zeytin", "Çay", "Cips", "İncir", "Irmak Suyu", "Şeker", "Sucuk", "Üzüm", "Un"];

        var sorted = names.OrderBy(TurkishText.SortKey, StringComparer.Ordinal).ToArray();

        Assert.Equal(["Cips", "Çay", "Irmak Suyu", "İncir", "Sucuk", "Şeker", "Un", "Üzüm", "Zeytin"], sorted);
    }

    [Theory]
    [InlineData("400638133393", "4006381333931")]
    [InlineData("869000000000", "8690000000005")]
    public void Ean13_check_digits_follow_gs1(string twelve, string full)
    {
        Assert.Equal(full, Ean13.WithCheckDigit(twelve));
        Assert.True(Ean13.IsValid(full));
        Assert.False(Ean13.IsValid(full[..12] + (char)('0' + ((full[12] - '0' + 1) % 10))));
    }
}
