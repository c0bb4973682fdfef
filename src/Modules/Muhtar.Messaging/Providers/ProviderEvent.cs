using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Providers;

/// <summary>Something a provider told us about: a delivery report or an inbound message.</summary>
internal abstract record ProviderEvent;

/// <summary>A status for a message we sent, found by the provider's id or our correlation id.</summary>
internal sealed record DeliveryReport(
    string? ProviderMessageId, Guid? CorrelationId, MessageStatus Status, DateTime? At, string? Error) : ProviderEvent;

/// <summary>A message a person sent to the business (a reply, "İPTAL").</summary>
/// <param name="From">E.164 phone of the sender.</param>
internal sealed record InboundText(string From, string Text, string? ProviderMessageId, DateTime? At) : ProviderEvent;
