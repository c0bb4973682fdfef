namespace Muhtar.Abstractions.Integrations;

/// <summary>
/// One signed POST of <paramref name="JsonPayload"/> to <paramref name="Url"/> (an automation step, or an
/// event a business subscribed to). <paramref name="DedupeKey"/> makes queueing it twice send it once.
/// </summary>
public sealed record OutgoingWebhookCall(string Url, string EventName, string JsonPayload, string DedupeKey);
