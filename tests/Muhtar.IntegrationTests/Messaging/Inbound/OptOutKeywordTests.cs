using Muhtar.Messaging.Inbound;

namespace Muhtar.IntegrationTests.Messaging.Inbound;

/// <summary>C7: which replies count as a refusal: the keyword alone or first, in any Turkish or plain casing.</summary>
public sealed class OptOutKeywordTests
{
    [Theory]
    [InlineData("İptal")]
    [InlineData("İPTAL")]
    [InlineData("IPTAL")]
    [InlineData("ıptal")]
    [InlineData("iptal lütfen, artık istemiyorum")]
    [InlineData("  STOP. ")]
    [InlineData("Ret")]
    [InlineData("RED")]
    [InlineData("dur")]
    public void A_refusal_keyword_alone_or_first_is_an_opt_out(string text) => Assert.True(OptOutKeywords.IsOptOut(text));

    [Theory]
    [InlineData("Randevumu iptal edebilir miyiz?")]
    [InlineData("Retina muayenesi için geliyorum")]
    [InlineData("Durum nedir?")]
    [InlineData("Teşekkürler")]
    [InlineData("")]
    [InlineData("   ")]
    public void Other_replies_are_not_opt_outs(string text) => Assert.False(OptOutKeywords.IsOptOut(text));
}
