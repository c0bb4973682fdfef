using Microsoft.AspNetCore.Http;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers;

/// <summary>
/// Reads what a provider pushes to us (delivery reports, inbound replies) in its own format, after checking
/// it really came from the provider (signature or shared secret, per provider).
/// </summary>
internal interface IProviderWebhook
{
    string ProviderKey { get; }

    /// <summary>False when the request is not provably from the provider; nothing in it may then be used.</summary>
    bool IsAuthentic(IHeaderDictionary headers, IQueryCollection query, byte[] body, ChannelConfig config);

    IReadOnlyList<ProviderEvent> Parse(byte[] body, string? contentType);
}
