using System.Collections.Concurrent;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox.Sending;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Outbox.Support;

/// <summary>
/// A gateway as the outbox sees it, shared by every app instance of a test: it records each request by
/// correlation id and, like the real Turkish gateways and WhatsApp, answers a correlation id it already took
/// as a duplicate. Answers can be scripted per call (5xx, 429, timeout, rejection).
/// </summary>
internal sealed class StubGateway
{
    private readonly ConcurrentQueue<ProviderSendResult> _script = new();
    private int _providerIds;

    public ConcurrentDictionary<Guid, int> Requests { get; } = new();

    public ConcurrentDictionary<Guid, int> Accepted { get; } = new();

    public ConcurrentDictionary<Guid, int> Duplicates { get; } = new();

    public ConcurrentQueue<ProviderMessage> Log { get; } = new();

    /// <summary>The SMS channel every business has: the stub itself, or a real adapter pointed at a stub HTTP server.</summary>
    public (string ProviderKey, Dictionary<string, string> Settings) Sms { get; set; } = (StubProvider.ProviderKey, new Dictionary<string, string>());

    /// <summary>Runs before each answer (e.g. a refusal arriving mid-batch).</summary>
    public Func<ProviderMessage, Task>? BeforeAnswer { get; set; }

    public void Script(params ProviderSendResult[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message)
    {
        Requests.AddOrUpdate(message.CorrelationId, 1, (_, n) => n + 1);
        Log.Enqueue(message);
        if (BeforeAnswer is { } hook)
        {
            await hook(message);
        }

        if (Accepted.ContainsKey(message.CorrelationId))
        {
            Duplicates.AddOrUpdate(message.CorrelationId, 1, (_, n) => n + 1);
            return new ProviderSendResult(ProviderSendOutcome.Duplicate, null, "DUPLICATE");
        }

        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.Outcome == ProviderSendOutcome.Accepted)
            {
                Accepted.AddOrUpdate(message.CorrelationId, 1, (_, n) => n + 1);
            }

            return scripted;
        }

        Accepted.AddOrUpdate(message.CorrelationId, 1, (_, n) => n + 1);
        var id = Interlocked.Increment(ref _providerIds);
        return new ProviderSendResult(ProviderSendOutcome.Accepted, $"stub-{id}", $"00 stub-{id}");
    }
}

/// <summary>The stub gateway as a provider of one channel, key "stub"; like İleti Merkezi it recognises a repeat.</summary>
internal sealed class StubProvider(StubGateway gateway, MessageChannel channel) : IMessageProvider
{
    public const string ProviderKey = "stub";

    public string Key => ProviderKey;

    public MessageChannel Channel => channel;

    public bool RecognisesRepeatedSends => true;

    public Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken) =>
        gateway.SendAsync(message);
}

/// <summary>
/// The instance dies right after the gateway took the message and before the outbox booked the answer: the
/// real provider call went through, then the process is gone (here: the call never returns an answer).
/// </summary>
internal sealed class CrashAfterSendProvider(IMessageProvider inner) : IMessageProvider
{
    public string Key => inner.Key;

    public MessageChannel Channel => inner.Channel;

    public bool RecognisesRepeatedSends => inner.RecognisesRepeatedSends;

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        await inner.SendAsync(message, config, cancellationToken);
        throw new InvalidOperationException("Simulated crash after the provider call, before bookkeeping.");
    }
}

/// <summary>Every business has SMS (<see cref="StubGateway.Sms"/>) and e-mail (the stub) set up; WhatsApp is not set up.</summary>
internal sealed class StubChannelConfigReader(Muhtar.Platform.Tenancy.ITenantContext tenant, StubGateway gateway) : IChannelConfigReader
{
    public Task<ChannelConfig?> GetAsync(MessageChannel channel, CancellationToken cancellationToken = default) =>
        Task.FromResult(channel switch
        {
            MessageChannel.WhatsApp => null,
            MessageChannel.Sms => new ChannelConfig(tenant.TenantId, channel, gateway.Sms.ProviderKey, gateway.Sms.Settings, "stub-secret"),
            _ => new ChannelConfig(tenant.TenantId, channel, StubProvider.ProviderKey, new Dictionary<string, string>(), "stub-secret"),
        });
}
