using Muhtar.Customers.Phones;

namespace Muhtar.Tests.Customers;

public sealed class PhoneNormalizerTests
{
    private readonly PhoneNormalizer _phones = new();

    [Theory]
    [InlineData("0532 123 45 67")]
    [InlineData("+90 (532) 123-4567")]
    [InlineData("5321234567")]
    [InlineData("905321234567")]
    [InlineData("+905321234567")]
    [InlineData("+90 532 1234567")]
    [InlineData("0090 532 123 45 67")]
    [InlineData("0532-123-45-67")]
    [InlineData("  (0532) 123 45 67  ")]
    public void Turkish_numbers_in_any_written_form_become_the_same_E164(string input)
    {
        Assert.True(_phones.TryNormalize(input, out var e164));
        Assert.Equal("+905321234567", e164);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0532 123 45")]
    [InlineData("+90 532 123 45 678")]
    [InlineData("abc")]
    [InlineData("0532 ABC 45 67")]
    [InlineData("0532 123 45 6x")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("0000000000")]
    public void Invalid_numbers_are_refused(string? input)
    {
        Assert.False(_phones.TryNormalize(input, out var e164));
        Assert.Null(e164);
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+49 30 901820", "+4930901820")]
    [InlineData("+1 (415) 555-2671", "+14155552671")]
    public void A_valid_foreign_number_keeps_its_country_in_E164(string input, string expected)
    {
        Assert.True(_phones.TryNormalize(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Fact]
    public void A_Turkish_number_is_shown_in_national_format()
    {
        Assert.Equal("0532 123 45 67", _phones.Format("+905321234567"));
    }

    [Fact]
    public void A_foreign_number_is_shown_in_international_format()
    {
        Assert.Equal("+44 20 7946 0958", _phones.Format("+442079460958"));
    }
}
