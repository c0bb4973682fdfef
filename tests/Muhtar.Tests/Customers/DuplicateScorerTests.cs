using Muhtar.Customers.Customers;
using Muhtar.Customers.Duplicates;

namespace Muhtar.Tests.Customers;

/// <summary>C4: names that differ only in Turkish casing or diacritics are the same name; the score says how sure.</summary>
public sealed class DuplicateScorerTests
{
    [Theory]
    [InlineData("İstanbul Gıda", "ISTANBUL GIDA")]
    [InlineData("İstanbul Gıda", "istanbul gida")]
    [InlineData("Işık Demir", "IŞIK DEMİR")]
    [InlineData("Işık Demir", "isik demir")]
    [InlineData("Çağrı Öztürk", "CAGRI OZTURK")]
    [InlineData("Ahmet Yılmaz", "AHMET YILMAZ")]
    [InlineData("Ahmet Yılmaz", "ahmet yilmaz")]
    [InlineData("Ahmet Yılmaz", "Yılmaz Ahmet")]
    public void Turkish_casing_and_diacritics_give_the_same_name(string a, string b)
    {
        var scored = DuplicateScorer.Score(Person(a), Person(b), commonName: false);

        Assert.NotNull(scored);
        Assert.Contains(DuplicateReasons.SameName, scored.Value.Reasons);
        Assert.Equal(60, scored.Value.Score);
    }

    [Fact]
    public void A_typo_is_a_similar_name_that_needs_a_second_agreement_and_a_different_name_is_no_candidate()
    {
        var birth = new DateOnly(1990, 1, 2);
        var typo = DuplicateScorer.Score(Person("Mehmet Demir"), Person("Mehmet Demirr"), commonName: false);
        var typoSameBirthday = DuplicateScorer.Score(Person("Mehmet Demir", birth: birth), Person("Mehmet Demirr", birth: birth), commonName: false);
        var other = DuplicateScorer.Score(Person("Mehmet Demir"), Person("Zeynep Kaya"), commonName: false);

        Assert.Equal([DuplicateReasons.SimilarName], typo!.Value.Reasons);
        Assert.True(typo.Value.Score < DuplicateScorer.Threshold);
        Assert.True(typoSameBirthday!.Value.Score >= DuplicateScorer.Threshold);
        Assert.Null(other);
    }

    [Fact]
    public void Agreements_add_up_and_a_common_name_alone_is_not_enough()
    {
        var birth = new DateOnly(1985, 4, 23);
        var strong = DuplicateScorer.Score(
            Person("Ayşe Kaya", "+905321112233", "ayse.kaya@gmail.com", birth),
            Person("AYŞE KAYA", "+905321112234", "ayse.kaya@hotmail.com", birth),
            commonName: false);
        var common = DuplicateScorer.Score(Person("Mehmet Yılmaz"), Person("Mehmet Yılmaz"), commonName: true);
        var commonSameBirthday = DuplicateScorer.Score(Person("Mehmet Yılmaz", birth: birth), Person("Mehmet Yılmaz", birth: birth), commonName: true);

        Assert.Equal(100, strong!.Value.Score);
        Assert.Equal(
            [DuplicateReasons.SameName, DuplicateReasons.SimilarPhone, DuplicateReasons.SameEmailUser, DuplicateReasons.SameBirthDate],
            strong.Value.Reasons);
        Assert.True(common!.Value.Score < DuplicateScorer.Threshold);
        Assert.True(commonSameBirthday!.Value.Score >= DuplicateScorer.Threshold);
    }

    [Fact]
    public void A_person_and_a_company_are_never_candidates()
    {
        var person = Person("Acar Ticaret");
        var company = new DuplicateProfile(Guid.NewGuid(), CustomerKind.Company, "ACAR TİCARET", null, null, null);

        Assert.Null(DuplicateScorer.Score(person, company, commonName: false));
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Jaro_winkler_matches_the_published_examples(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    private static DuplicateProfile Person(string name, string? phone = null, string? email = null, DateOnly? birth = null) =>
        new(Guid.NewGuid(), CustomerKind.Person, name, phone, email, birth);
}
