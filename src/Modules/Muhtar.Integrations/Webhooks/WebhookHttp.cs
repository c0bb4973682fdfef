using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Muhtar.Integrations.Webhooks;

/// <summary>Turns a host name into addresses; replaceable so tests can play a DNS server that lies.</summary>
internal interface IWebhookDnsResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class SystemDnsResolver : IWebhookDnsResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>A connection to a forbidden address was refused; the delivery fails without retries.</summary>
internal sealed class WebhookAddressRefusedException(string host, IPAddress? address)
    : IOException($"Webhook target {host} resolves to {address?.ToString() ?? "no address"}, which is not a public address.")
{
    public string Host { get; } = host;
}

/// <summary>
/// The HTTP stack webhooks go out on: resolves the name itself and connects only when every address it
/// got is public (so a name that resolved to a public address at registration and to 127.0.0.1 now is
/// refused), follows no redirects, uses no proxy and no cookies.
/// </summary>
internal static class WebhookHttp
{
    public const string ClientName = "Muhtar.Webhooks";

    public static SocketsHttpHandler CreateHandler(IWebhookDnsResolver resolver, bool allowLoopback) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(resolver, allowLoopback, context.DnsEndPoint, cancellationToken),
    };

    public static SocketsHttpHandler CreateHandler(IServiceProvider services)
    {
        var options = services.GetService(typeof(IOptions<WebhookOptions>)) as IOptions<WebhookOptions>;
        var resolver = (IWebhookDnsResolver?)services.GetService(typeof(IWebhookDnsResolver)) ?? new SystemDnsResolver();
        return CreateHandler(resolver, options?.Value.AllowLoopbackForTests ?? false);
    }

    private static async ValueTask<Stream> ConnectAsync(IWebhookDnsResolver resolver, bool allowLoopback, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else if (WebhookAddressGuard.IsLocalhostName(host))
        {
            addresses = allowLoopback ? [IPAddress.Loopback] : throw new WebhookAddressRefusedException(host, IPAddress.Loopback);
        }
        else
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }

        var refused = addresses.FirstOrDefault(a => !WebhookAddressGuard.IsAllowed(a, allowLoopback));
        if (addresses.Length == 0 || refused is not null)
        {
            throw new WebhookAddressRefusedException(host, refused);
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
        }

        throw last!;
    }
}
