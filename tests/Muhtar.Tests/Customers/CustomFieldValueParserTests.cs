using System.Globalization;
using System.Text.Json;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Tags;

namespace Muhtar.Tests.Customers;

public sealed class CustomFieldValueParserTests
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");
    private readonly CustomFieldValueParser _parser = new(new KeyLocalizer<CustomFieldsResource>());

    [Theory]
    [InlineData("1.234,5", "tr-TR", 1234.5)]
    [InlineData("1234,5", "tr-TR", 1234.5)]
    [InlineData("1234.5", "tr-TR", 1234.5)]
    [InlineData("1,234.5", "tr-TR", 1234.5)]
    [InlineData("1.234", "tr-TR", 1234)]
    [InlineData("1.234", "", 1.234)]
    [InlineData("1.234,5", "", 1234.5)]
    [InlineData("-12,75", "tr-TR", -12.75)]
    [InlineData(" 1 234,5 ", "tr-TR", 1234.5)]
    [InlineData("1.000.000", "tr-TR", 1000000)]
    public void Numbers_are_read_in_the_culture_then_invariant_then_Turkish(string input, string culture, double expected)
    {
        Assert.True(_parser.TryParse(Field(CustomFieldType.Number), input, CultureInfo.GetCultureInfo(culture), out var value, out var error), error);
        Assert.Equal(expected, value!.Number);
    }

    [Theory]
    [InlineData("12.34,5")]
    [InlineData("1,2,3")]
    [InlineData("on iki")]
    [InlineData("1e400")]
    [InlineData("12TL")]
    public void What_is_not_a_number_is_refused_with_the_value_in_the_message(string input)
    {
        Assert.False(_parser.TryParse(Field(CustomFieldType.Number), input, Turkish, out _, out var error));
        Assert.Equal("Value.NotNumber:" + input.Trim(), error);
    }

    [Theory]
    [InlineData("17.05.2024")]
    [InlineData("7.5.2024")]
    [InlineData("17/05/2024")]
    [InlineData("2024-05-17")]
    public void Dates_are_read_day_first_or_ISO(string input)
    {
        Assert.True(_parser.TryParse(Field(CustomFieldType.Date), input, Turkish, out var value, out _));
        Assert.Equal(input.StartsWith('7') ? new DateOnly(2024, 5, 7) : new DateOnly(2024, 5, 17), value!.Date);
    }

    [Theory]
    [InlineData("31.02.2024")]
    [InlineData("05/17/2024")]
    [InlineData("dün")]
    public void Impossible_or_month_first_dates_are_refused(string input) =>
        Assert.False(_parser.TryParse(Field(CustomFieldType.Date), input, Turkish, out _, out _));

    [Theory]
    [InlineData("Evet", true)]
    [InlineData("HAYIR", false)]
    [InlineData("hayır", false)]
    [InlineData("var", true)]
    [InlineData("0", false)]
    [InlineData("TRUE", true)]
    public void Yes_and_no_are_read_in_Turkish_and_English(string input, bool expected)
    {
        Assert.True(_parser.TryParse(Field(CustomFieldType.YesNo), input, Turkish, out var value, out _));
        Assert.Equal(expected, value!.Flag);
    }

    [Fact]
    public void Choices_match_options_with_Turkish_folding_and_keep_the_option_spelling()
    {
        var city = Field(CustomFieldType.Choice, "İstanbul", "Iğdır", "Çanakkale");
        Assert.True(_parser.TryParse(city, "ISTANBUL", Turkish, out var value, out _));
        Assert.Equal(["İstanbul"], value!.Choices);
        Assert.True(_parser.TryParse(city, "igdir", Turkish, out value, out _));
        Assert.Equal(["Iğdır"], value!.Choices);
        Assert.False(_parser.TryParse(city, "Paris", Turkish, out _, out var error));
        Assert.StartsWith("Value.NotAnOption:Paris|", error, StringComparison.Ordinal);

        var interests = Field(CustomFieldType.MultiChoice, "Kahve", "Çay", "Tatlı");
        Assert.True(_parser.TryParse(interests, "tatli; CAY, çay", Turkish, out value, out _));
        Assert.Equal(["Çay", "Tatlı"], value!.Choices);
    }

    [Fact]
    public void Blank_is_no_value_and_text_keeps_its_spelling_trimmed()
    {
        Assert.True(_parser.TryParse(Field(CustomFieldType.Number), "   ", Turkish, out var value, out _));
        Assert.Null(value);
        Assert.True(_parser.TryParse(Field(CustomFieldType.Text), "  Işıl Çağrı ", Turkish, out value, out _));
        Assert.Equal("Işıl Çağrı", value!.Text);
        Assert.False(_parser.TryParse(Field(CustomFieldType.Text), new string('a', 501), Turkish, out _, out _));
    }

    [Fact]
    public void Json_values_are_read_natively_or_as_text()
    {
        using var doc = JsonDocument.Parse("""{ "n": 12.5, "s": "1.234,5", "b": true, "d": "2024-05-17", "m": ["Çay"], "wrong": "x" }""");
        var root = doc.RootElement;
        Assert.True(_parser.TryRead(Field(CustomFieldType.Number), root.GetProperty("n"), out var value, out _));
        Assert.Equal(12.5, value!.Number);
        Assert.True(_parser.TryRead(Field(CustomFieldType.Number), root.GetProperty("s"), out value, out _));
        Assert.Equal(1234.5, value!.Number);
        Assert.True(_parser.TryRead(Field(CustomFieldType.YesNo), root.GetProperty("b"), out value, out _));
        Assert.True(value!.Flag);
        Assert.True(_parser.TryRead(Field(CustomFieldType.MultiChoice, "Kahve", "Çay"), root.GetProperty("m"), out value, out _));
        Assert.Equal(["Çay"], value!.Choices);
        Assert.False(_parser.TryRead(Field(CustomFieldType.YesNo), root.GetProperty("n"), out _, out var error));
        Assert.Equal("Value.WrongJson:yesNo", error);
    }

    [Fact]
    public void Every_tag_colour_has_text_contrast_of_at_least_4_5_to_1()
    {
        var colours = TagColours.Palette.Keys.Concat(["#000000", "#ffffff", "#777777", "#1e6091", "#ffcc00", "#808080"]);
        foreach (var colour in colours)
        {
            var style = TagColours.Style(colour);
            var (a, b) = (TagColours.Luminance(style.Background), TagColours.Luminance(style.Foreground));
            var contrast = (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
            Assert.True(contrast >= 4.5, $"{colour}: {style} has {contrast:F2}:1");
        }
    }

    [Theory]
    [InlineData("Ayakkabı No.", "ayakkabi_no")]
    [InlineData("İlk Ziyaret Tarihi", "ilk_ziyaret_tarihi")]
    [InlineData("2. adres", "alan_2_adres")]
    [InlineData("!!!", "alan")]
    public void Keys_are_made_from_labels_as_ASCII_slugs(string label, string key)
    {
        Assert.Equal(key, CustomFieldKeys.FromLabel(label));
        Assert.True(CustomFieldKeys.IsValid(key));
    }

    private static CustomFieldDefinition Field(CustomFieldType type, params string[] options) =>
        new("f", "F", type, options, required: false, order: 1, DateTime.UnixEpoch);
}
