using Muhtar.Customers.Phones;
using Muhtar.Customers.Search;

namespace Muhtar.Tests.Customers;

public sealed class SearchTermTests
{
    private readonly PhoneNormalizer _phones = new();

    [Theory]
    [InlineData("0532 123 45 67")]
    [InlineData("+90 532 1234567")]
    [InlineData("5321234567")]
    [InlineData("+90 (532) 123-4567")]
    public void A_phone_in_any_form_is_searched_as_its_E164(string input)
    {
        var term = SearchTerm.Classify(input, _phones);

        Assert.Equal(SearchTermKind.Phone, term.Kind);
        Assert.Equal("+905321234567", term.Phone);
        Assert.Empty(term.Words);
    }

    [Fact]
    public void A_phone_like_term_is_also_tried_as_a_card_number()
    {
        var term = SearchTerm.Classify("5321234567", _phones);

        Assert.Equal("5321234567", term.CardNumber);
    }

    [Fact]
    public void A_term_with_an_at_sign_is_an_email_compared_in_lower_case()
    {
        var term = SearchTerm.Classify("  Ahmet.Yilmaz@Example.COM ", _phones);

        Assert.Equal(SearchTermKind.Email, term.Kind);
        Assert.Equal("ahmet.yilmaz@example.com", term.Email);
        Assert.Null(term.CardNumber);
    }

    [Fact]
    public void Words_of_a_name_are_folded_for_prefix_matching()
    {
        var term = SearchTerm.Classify("AHMET Yıl", _phones);

        Assert.Equal(SearchTermKind.Text, term.Kind);
        Assert.Equal(["ahmet", "yil"], term.Words);
        Assert.Null(term.Phone);
    }

    [Fact]
    public void A_short_number_is_not_a_phone_but_may_be_a_card()
    {
        var term = SearchTerm.Classify("1234-56", _phones);

        Assert.Equal(SearchTermKind.Text, term.Kind);
        Assert.Equal("123456", term.CardNumber);
        Assert.Equal("1234-56", term.Raw);
    }

    [Fact]
    public void A_card_number_is_compared_without_spaces_and_in_upper_case()
    {
        Assert.Equal("AB1234", SearchTerm.Classify("ab 12-34", _phones).CardNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_term_matches_everyone(string? input)
    {
        Assert.Equal(SearchTermKind.None, SearchTerm.Classify(input, _phones).Kind);
    }

    [Fact]
    public void A_long_number_that_is_not_a_valid_phone_is_searched_as_text()
    {
        var term = SearchTerm.Classify("0000 000 00 00", _phones);

        Assert.Equal(SearchTermKind.Text, term.Kind);
        Assert.Null(term.Phone);
    }
}
