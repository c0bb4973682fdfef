using Muhtar.Abstractions.Customers;
using Muhtar.Messaging.Templates;

namespace Muhtar.Tests.Messaging.Templates;

/// <summary>"Ahmet Bey" / "Ayşe Hanım" with Turkish casing; the full name when the gender is unknown; companies by name.</summary>
public sealed class SalutationTests
{
    [Theory]
    [InlineData("Ahmet", "Yılmaz", "male", "Ahmet Bey")]
    [InlineData("Ayşe", "Kaya", "female", "Ayşe Hanım")]
    [InlineData("İSMAİL", "YILDIZ", "male", "İsmail Bey")]
    [InlineData("ışıl", "öztürk", "female", "Işıl Hanım")]
    [InlineData("IŞIL", "ÇELİK", "female", "Işıl Hanım")]
    [InlineData("ayşe nur", "kaya", "female", "Ayşe Nur Hanım")]
    [InlineData("Ahmet", "Yılmaz", null, "Ahmet Yılmaz")]
    [InlineData("İSMAİL", "YILDIZ", null, "İsmail Yıldız")]
    [InlineData(null, "Demir", null, "Demir")]
    [InlineData(null, "Demir", "male", "Demir")]
    [InlineData("McLaren", "DeNiro", null, "McLaren DeNiro")]
    public void A_person_is_addressed_by_first_name_and_title_or_full_name(string? first, string? last, string? gender, string expected) =>
        Assert.Equal(expected, Salutation.For(Person(first, last, gender)));

    [Fact]
    public void A_company_is_addressed_by_its_name()
    {
        var company = Person(null, null, null) with { Kind = "company", CompanyName = "Yıldız Ticaret A.Ş.", DisplayName = "Yıldız Ticaret A.Ş." };
        Assert.Equal("Yıldız Ticaret A.Ş.", Salutation.For(company));
    }

    [Fact]
    public void A_suffix_after_an_apostrophe_stays_small() => Assert.Equal("Ahmet'in", Salutation.Name("AHMET'İN"));

    internal static CustomerSummary Person(string? first, string? last, string? gender) =>
        new(Guid.NewGuid(), "person", first, last, null, string.Join(" ", new[] { first, last }.Where(n => n is not null)),
            "+905321112233", "ahmet@example.com", gender, new DateOnly(1985, 3, 7), "K-100", ["VIP"], false, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
