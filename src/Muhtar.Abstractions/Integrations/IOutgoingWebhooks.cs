namespace Muhtar.Abstractions.Integrations;

/// <summary>
/// Outgoing webhooks (I4) of the current business: HMAC-signed with the business's secret, retried with
/// backoff, and refused for loopback, private and link-local targets in any notation.
/// </summary>
public interface IOutgoingWebhooks
{
    /// <summary>Checks the URL now (a RuleViolation naming "url" if it is not allowed) and queues the call; returns its delivery id.</summary>
    Task<Guid> QueueAsync(OutgoingWebhookCall call, CancellationToken cancellationToken = default);
}
