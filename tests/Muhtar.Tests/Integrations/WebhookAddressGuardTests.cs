using System.Net;
using Muhtar.Integrations.Webhooks;

namespace Muhtar.Tests.Integrations;

public sealed class WebhookAddressGuardTests
{
    [Theory]
    // loopback in every notation
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://127.255.255.254/")]
    [InlineData("http://2130706433/")] // decimal
    [InlineData("http://0177.0.0.1/")] // octal
    [InlineData("http://0177.0000.0000.0001/")]
    [InlineData("http://017700000001/")] // one octal number
    [InlineData("http://0x7f.0.0.1/")] // hex
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0X7F.1/")]
    [InlineData("http://127.1/")] // short forms
    [InlineData("http://127.0.1/")]
    [InlineData("http://0x7f.0.0x0.1/")] // mixed
    [InlineData("http://0177.0x0.1/")]
    [InlineData("http://127.0.0.1./")] // trailing dot
    [InlineData("http://localhost/")]
    [InlineData("http://LOCALHOST:5000/")]
    [InlineData("http://localhost./")]
    [InlineData("http://api.localhost/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[0:0:0:0:0:0:0:1]/")]
    // IPv4 inside IPv6
    [InlineData("http://[::ffff:127.0.0.1]/")] // mapped
    [InlineData("http://[::ffff:7f00:1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://[::127.0.0.1]/")] // compatible
    [InlineData("http://[::7f00:1]/")]
    [InlineData("http://[64:ff9b::127.0.0.1]/")] // NAT64
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://[64:ff9b:1::a00:1]/")]
    [InlineData("http://[2002:7f00:1::]/")] // 6to4 of 127.0.0.1
    [InlineData("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/")] // Teredo
    // private, CGNAT, link-local / metadata
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://10.255.255.255/")]
    [InlineData("http://012.0.0.1/")] // octal 10.0.0.1
    [InlineData("http://167772161/")] // decimal 10.0.0.1
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.255/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://0xc0.0xa8.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://100.127.255.254/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://2852039166/")] // decimal 169.254.169.254
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[febf:ffff::1]/")]
    // unspecified, multicast, broadcast, reserved, unique local
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://0/")]
    [InlineData("http://[::]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://239.255.255.250/")]
    [InlineData("http://255.255.255.255/")]
    [InlineData("http://4294967295/")]
    [InlineData("http://240.0.0.1/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://[fc00::1]/")]
    [InlineData("http://[fd12:3456:789a::1]/")]
    [InlineData("http://192.0.2.10/")] // documentation
    [InlineData("http://[2001:db8::1]/")]
    public void Internal_addresses_in_any_notation_are_refused(string url) =>
        Assert.Equal(WebhookUrlProblem.Forbidden, WebhookAddressGuard.Check(url));

    [Theory]
    [InlineData("http://good.example.com@127.0.0.1/")]
    [InlineData("http://user:pass@hooks.example.com/")]
    [InlineData("https://hooks.example.com@evil.example/")]
    [InlineData("http://127.0.0.1%40hooks.example.com@127.0.0.1/")]
    public void User_info_is_refused(string url) =>
        Assert.Equal(WebhookUrlProblem.UserInfo, WebhookAddressGuard.Check(url));

    [Theory]
    [InlineData("ftp://hooks.example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://hooks.example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ws://hooks.example.com/")]
    public void Only_http_and_https_are_allowed(string url) =>
        Assert.Equal(WebhookUrlProblem.Scheme, WebhookAddressGuard.Check(url));

    [Theory]
    [InlineData("", WebhookUrlProblem.Required)]
    [InlineData("   ", WebhookUrlProblem.Required)]
    [InlineData("hooks.example.com/webhook", WebhookUrlProblem.Malformed)]
    [InlineData("http://1.2.3.4.5/", WebhookUrlProblem.Malformed)]
    [InlineData("http://256.256.256.256/", WebhookUrlProblem.Malformed)]
    [InlineData("http://08.0.0.1/", WebhookUrlProblem.Malformed)] // not octal, not decimal
    public void Malformed_urls_are_named(string url, WebhookUrlProblem problem) =>
        Assert.Equal(problem, WebhookAddressGuard.Check(url));

    [Theory]
    [InlineData("https://hooks.example.com/muhtar")]
    [InlineData("http://93.184.216.34/")]
    [InlineData("https://93.184.216.34:8443/hook?x=1")]
    [InlineData("http://1572395042/")] // 93.184.216.34 as a number is still public
    [InlineData("https://[2606:2800:220:1:248:1893:25c8:1946]/")]
    [InlineData("https://[2a00:1450:4017:80b::200e]/hook")]
    [InlineData("https://[::ffff:93.184.216.34]/")]
    [InlineData("https://[2002:5db8:d822::1]/")] // 6to4 of a public address
    [InlineData("https://172.32.0.1/")] // just outside 172.16/12
    [InlineData("https://100.128.0.1/")] // just outside 100.64/10
    [InlineData("https://xn--fiq228c.example/")]
    [InlineData("https://müşteri.example.com.tr/webhook")]
    [InlineData("https://localhost.example.com/")]
    public void Public_addresses_and_names_are_allowed(string url) =>
        Assert.Null(WebhookAddressGuard.Check(url));

    [Fact]
    public void The_test_switch_lets_loopback_through_and_nothing_else()
    {
        Assert.Null(WebhookAddressGuard.Check("http://127.0.0.1:5123/", allowLoopback: true));
        Assert.Null(WebhookAddressGuard.Check("http://localhost:5123/", allowLoopback: true));
        Assert.Equal(WebhookUrlProblem.Forbidden, WebhookAddressGuard.Check("http://10.0.0.1/", allowLoopback: true));
        Assert.Equal(WebhookUrlProblem.Forbidden, WebhookAddressGuard.Check("http://169.254.169.254/", allowLoopback: true));
        Assert.True(WebhookAddressGuard.IsAllowed(IPAddress.Loopback, allowLoopback: true));
        Assert.False(WebhookAddressGuard.IsAllowed(IPAddress.Loopback));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::ffff:169.254.169.254", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("fd00::1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:4860:4860::8888", true)]
    public void Resolved_addresses_are_checked_the_same_way(string address, bool allowed) =>
        Assert.Equal(allowed, WebhookAddressGuard.IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void The_signature_is_an_HMAC_of_timestamp_dot_body()
    {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        var header = WebhookSignature.Header("whsec_test", 1700000000, "{\"a\":1}");
        Assert.Equal("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789", header);
        Assert.NotEqual(header, WebhookSignature.Header("whsec_other", 1700000000, "{\"a\":1}"));
    }
}
