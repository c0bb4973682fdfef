using Muhtar.Platform.Identity;

namespace Muhtar.Tests.Identity;

public sealed class ApiKeyFormatTests
{
    [Fact]
    public void A_generated_key_has_the_marker_its_prefix_and_a_long_secret()
    {
        var (key, prefix) = ApiKeyFormat.Generate();

        Assert.Matches("^mk_[a-z0-9]{8}_[A-Za-z0-9]{40}$", key);
        Assert.Equal(key.Substring(3, 8), prefix);
        Assert.True(ApiKeyFormat.TryGetPrefix(key, out var read));
        Assert.Equal(prefix, read);
    }

    [Fact]
    public void Generated_keys_do_not_repeat()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeyFormat.Generate()).ToList();

        Assert.Equal(keys.Count, keys.Select(k => k.Key).Distinct().Count());
        Assert.Equal(keys.Count, keys.Select(k => k.Prefix).Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mk_abcdefgh")]
    [InlineData("xx_abcdefgh_0123456789012345678901234567890123456789")]
    [InlineData("mk_ABCDEFGH_0123456789012345678901234567890123456789")]
    [InlineData("mk_abcdefgh-0123456789012345678901234567890123456789")]
    [InlineData("mk_abcdefgh_01234567890123456789012345678901234567890")]
    public void Strings_not_shaped_like_a_key_have_no_prefix(string? presented)
    {
        Assert.False(ApiKeyFormat.TryGetPrefix(presented, out var prefix));
        Assert.Equal("", prefix);
    }

    [Fact]
    public void The_hash_is_the_lower_case_hex_sha256_of_the_whole_key()
    {
        // SHA-256("abc") from FIPS 180-2.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyFormat.Hash("abc"));
    }

    [Fact]
    public void Only_the_exact_key_matches_its_stored_hash()
    {
        var (key, _) = ApiKeyFormat.Generate();
        var stored = ApiKeyFormat.Hash(key);

        Assert.True(ApiKeyFormat.Matches(key, stored));
        Assert.False(ApiKeyFormat.Matches(key[..^1] + (key[^1] == 'a' ? 'b' : 'a'), stored));
        Assert.False(ApiKeyFormat.Matches(key, stored[..^1]));
    }

    [Fact]
    public void Lists_show_the_prefix_and_never_the_secret()
    {
        var (key, prefix) = ApiKeyFormat.Generate();
        var shown = ApiKeyFormat.Display(prefix);

        Assert.StartsWith("mk_" + prefix, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(key[(3 + 8 + 1)..], shown, StringComparison.Ordinal);
    }
}
