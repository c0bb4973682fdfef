using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Tests.Identity;

public sealed class IdentityRulesTests
{
    [Theory]
    [InlineData("ayse", "ayse")]
    [InlineData("  Kuafor-Ayse ", "kuafor-ayse")]
    [InlineData("abc", "abc")]
    [InlineData("berber-2", "berber-2")]
    public void Valid_slugs_are_trimmed_and_lower_cased(string input, string expected) =>
        Assert.Equal(expected, TenantSlug.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("ab")]
    [InlineData("ayşe")]
    [InlineData("KUAFÖR")]
    [InlineData("two words")]
    [InlineData("under_score")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Invalid_slugs_are_refused(string? input) => Assert.Null(TenantSlug.Normalize(input));

    [Theory]
    [InlineData(" ayse@example.com ", "ayse@example.com")]
    [InlineData("Ali.Veli+crm@firma.com.tr", "Ali.Veli+crm@firma.com.tr")]
    public void Plain_e_mail_addresses_are_accepted(string input, string expected) => Assert.Equal(expected, EmailRules.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ayse")]
    [InlineData("ayse@localhost")]
    [InlineData("Ayşe <ayse@example.com>")]
    [InlineData("ayse@example.")]
    public void Incomplete_or_decorated_e_mail_addresses_are_refused(string? input) => Assert.Null(EmailRules.Normalize(input));

    [Theory]
    [InlineData("owner", Roles.Owner)]
    [InlineData(" CLERK ", Roles.Clerk)]
    [InlineData("Marketer", Roles.Marketer)]
    [InlineData("admin", null)]
    [InlineData(null, null)]
    public void Role_names_are_matched_whatever_their_casing(string? input, string? expected) =>
        Assert.Equal(expected, RoleNames.Canonical(input));

    [Fact]
    public void Invitation_tokens_are_url_safe_unique_and_stored_only_as_a_hash()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => InvitationToken.Generate()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.Equal(ApiKeyFormat.Hash(tokens[0]), InvitationToken.Hash(tokens[0]));
        Assert.Equal("/account/accept?token=" + tokens[0], InvitationToken.AcceptPath(tokens[0]));
    }
}
