using Muhtar.Customers.Search;

using Muhtar.Platform.Text;

namespace Muhtar.Tests.Customers;

public sealed class TurkishTextTests
{
    [Theory]
    [InlineData("AHMET YILMAZ")]
    [InlineData("ahmet yilmaz")]
    [InlineData("Ahmet Yılmaz")]
    [InlineData("AHMET YİLMAZ")]
    [InlineData("  Ahmet   Yılmaz ")]
    public void Every_spelling_of_a_name_folds_to_the_same_key(string name)
    {
        Assert.Equal("ahmet yilmaz", TurkishText.Fold(name));
    }

    [Theory]
    [InlineData("İstanbul")]
    [InlineData("ISTANBUL")]
    [InlineData("İSTANBUL")]
    [InlineData("istanbul")]
    public void Dotted_and_dotless_capital_I_fold_alike(string city)
    {
        Assert.Equal("istanbul", TurkishText.Fold(city));
    }

    [Theory]
    [InlineData("IŞIK")]
    [InlineData("ışık")]
    [InlineData("isik")]
    [InlineData("Işık")]
    public void Turkish_letters_fold_to_their_Latin_base(string name)
    {
        Assert.Equal("isik", TurkishText.Fold(name));
    }

    [Fact]
    public void All_Turkish_diacritics_and_circumflexes_fold()
    {
        Assert.Equal("cgiosu cgiosu a i u", TurkishText.Fold("ÇĞIÖŞÜ çğıöşü â î û"));
    }

    [Fact]
    public void Punctuation_separates_words()
    {
        Assert.Equal(["ayse", "nur", "ozturk", "o", "brien"], TurkishText.Words("Ayşe-Nur Öztürk", "O'Brien"));
    }

    [Fact]
    public void Words_are_distinct()
    {
        Assert.Equal(["ahmet", "yilmaz"], TurkishText.Words("Ahmet Yılmaz", "AHMET"));
    }

    [Fact]
    public void Sort_keys_order_names_in_the_Turkish_alphabet()
    {
        string[] expected = ["Ahmet", "Cem", "Çağlar", "Ilgın", "İsmail", "Osman", "Öykü", "Sami", "Şule", "Uğur", "Ümit", "Zeynep"];
        var shuffled = expected.Reverse().ToList();

        var sorted = shuffled.OrderBy(TurkishText.SortKey, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Sort_keys_put_a_shorter_word_first_and_ignore_case()
    {
        Assert.True(string.CompareOrdinal(TurkishText.SortKey("Ali Veli"), TurkishText.SortKey("Alican")) < 0);
        Assert.True(string.CompareOrdinal(TurkishText.SortKey("Ağa"), TurkishText.SortKey("Ahmet")) < 0);
        Assert.Equal(TurkishText.SortKey("ahmet yılmaz"), TurkishText.SortKey("AHMET YILMAZ"));
        Assert.Equal(TurkishText.SortKey("Ahmet Yılmaz"), TurkishText.SortKey("  Ahmet   Yılmaz "));
    }

    [Fact]
    public void Sort_keys_are_plain_lower_case_letters_so_any_collation_agrees()
    {
        var key = TurkishText.SortKey("Çağrı Öz 2. Şube — Ünlü");
        Assert.NotEmpty(key);
        Assert.All(key, c => Assert.InRange(c, 'a', 'z'));
    }
}
