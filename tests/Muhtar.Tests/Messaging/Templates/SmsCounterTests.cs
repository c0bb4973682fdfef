using Muhtar.Messaging.Templates;

namespace Muhtar.Tests.Messaging.Templates;

/// <summary>SMS parts as operators bill them: GSM 03.38 7-bit 160/153, UCS-2 70/67, Turkish single shift 155/149.</summary>
public sealed class SmsCounterTests
{
    [Fact]
    public void Plain_ascii_fits_160_characters_in_one_part_and_161_takes_two()
    {
        var full = SmsLength.Of(new string('a', 160));
        Assert.Equal((SmsEncoding.Gsm7, 160, 160, 1), (full.Encoding, full.Characters, full.Units, full.Segments));
        Assert.Equal(0, full.RemainingInSegment);

        var over = SmsLength.Of(new string('a', 161));
        Assert.Equal((SmsEncoding.Gsm7, 2, 153), (over.Encoding, over.Segments, over.PerSegment));
        Assert.Equal(153 * 2 - 161, over.RemainingInSegment);
    }

    [Theory]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Long_gsm_texts_split_into_153_septet_parts(int length, int segments) =>
        Assert.Equal(segments, SmsLength.Of(new string('x', length)).Segments);

    [Theory]
    [InlineData('ğ')]
    [InlineData('ı')]
    [InlineData('ş')]
    [InlineData('İ')]
    [InlineData('Ğ')]
    [InlineData('Ş')]
    [InlineData('ç')]
    public void One_turkish_letter_outside_the_default_alphabet_turns_the_whole_text_into_ucs2(char letter)
    {
        var text = new string('a', 69) + letter;
        var length = SmsLength.Of(text);
        Assert.Equal((SmsEncoding.Ucs2, 70, 70, 1, 70), (length.Encoding, length.Characters, length.Units, length.Segments, length.PerSegment));

        var longer = SmsLength.Of(text + "b");
        Assert.Equal((2, 67), (longer.Segments, longer.PerSegment));
    }

    [Fact]
    public void Turkish_letters_in_the_default_alphabet_stay_7_bit()
    {
        var length = SmsLength.Of("Gül Ümit Öykü Çelik");
        Assert.Equal(SmsEncoding.Gsm7, length.Encoding);
        Assert.Null(length.Turkish);
    }

    [Theory]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_texts_split_into_67_character_parts(int length, int segments)
    {
        var result = SmsLength.Of("ş" + new string('a', length - 1));
        Assert.Equal((SmsEncoding.Ucs2, segments), (result.Encoding, result.Segments));
    }

    [Fact]
    public void Extension_characters_count_two_septets()
    {
        var length = SmsLength.Of("€[]{}");
        Assert.Equal((SmsEncoding.Gsm7, 5, 10, 1), (length.Encoding, length.Characters, length.Units, length.Segments));

        // 158 + € = 160 septets: still one part; one more letter makes two.
        Assert.Equal(1, SmsLength.Of(new string('a', 158) + "€").Segments);
        Assert.Equal(2, SmsLength.Of(new string('a', 159) + "€").Segments);
    }

    [Fact]
    public void An_escape_pair_is_never_split_across_parts()
    {
        // 152 letters then €: the pair does not fit in the first part's last septet, so it moves to the second,
        // and 306 septets that would fill two parts by division need three.
        var text = new string('a', 152) + "€" + new string('b', 152);
        var length = SmsLength.Of(text);
        Assert.Equal(306, length.Units);
        Assert.Equal(3, length.Segments);
    }

    [Fact]
    public void An_emoji_takes_two_ucs2_units_and_is_never_split()
    {
        var length = SmsLength.Of("Merhaba 😀");
        Assert.Equal((SmsEncoding.Ucs2, 9, 10), (length.Encoding, length.Characters, length.Units));
        Assert.Null(length.Turkish);
    }

    [Fact]
    public void The_turkish_single_shift_table_is_reported_beside_ucs2()
    {
        var length = SmsLength.Of("Sayın İsmail Bey, randevunuz yarın saat 14:00'te. Görüşmek üzere!");
        Assert.Equal(SmsEncoding.Ucs2, length.Encoding);
        Assert.Equal(1, length.Segments);
        var turkish = Assert.IsType<SmsLength>(length.Turkish);
        Assert.Equal(SmsEncoding.Gsm7Turkish, turkish.Encoding);
        Assert.Equal(155, turkish.PerSegment);
        // ı İ ı ş are shifted (two septets each): 65 characters, 69 septets.
        Assert.Equal(65, turkish.Characters);
        Assert.Equal(69, turkish.Units);

        var longText = new string('ş', 78);
        var longer = SmsLength.Of(longText);
        Assert.Equal((2, 67), (longer.Segments, longer.PerSegment));
        Assert.Equal((156, 2, 149), (longer.Turkish!.Units, longer.Turkish.Segments, longer.Turkish.PerSegment));
    }

    [Fact]
    public void An_empty_text_has_no_parts() => Assert.Equal(0, SmsLength.Of("").Segments);
}
