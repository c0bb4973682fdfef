using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Inbound;

/// <summary>
/// A provider webhook as these tests play it, for the Netgsm SMS channel: the body is JSON
/// <c>{ from, text, id, at }</c>, signed with HMAC-SHA256 of the channel's webhook secret in <c>X-Test-Signature</c>.
/// It lets the endpoint's own rules (which business, authenticity first, replays, opt-outs) be tested apart from
/// any one provider's format, which the providers' own tests cover.
/// </summary>
internal sealed class SignedTestWebhook : IProviderWebhook
{
    public const string Header = "X-Test-Signature";

    public string ProviderKey => "netgsm";

    public static string Sign(byte[] body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static byte[] Reply(string from, string text, string? id, DateTime? at = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new { from, text, id, at });

    public bool IsAuthentic(IHeaderDictionary headers, IQueryCollection query, byte[] body, ChannelConfig config) =>
        config.WebhookSecret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(headers[Header].ToString()), Encoding.UTF8.GetBytes(Sign(body, secret)));

    public IReadOnlyList<ProviderEvent> Parse(byte[] body, string? contentType)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        DateTime? at = root.TryGetProperty("at", out var a) && a.ValueKind == JsonValueKind.String ? a.GetDateTime().ToUniversalTime() : null;
        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        return [new InboundText(root.GetProperty("from").GetString()!, root.GetProperty("text").GetString()!, id, at)];
    }
}

/// <summary>The app with <see cref="SignedTestWebhook"/> registered.</summary>
public sealed class InboundSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IProviderWebhook, SignedTestWebhook>());
    }
}

/// <summary>The app with <see cref="SignedTestWebhook"/> registered, on PostgreSQL.</summary>
public sealed class InboundPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IProviderWebhook, SignedTestWebhook>());
    }
}
