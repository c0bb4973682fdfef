using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Inbound;

/// <summary>
/// A message a person sent to the business by SMS or WhatsApp (gelen mesaj), attached to the customer with that
/// phone when there is one. <see cref="ProviderMessageId"/> is unique per channel, so a replayed push stores nothing.
/// </summary>
internal sealed class InboundMessage : ITenantScoped
{
    public const int MaxTextLength = 4000;

    private InboundMessage()
    {
    }

    public InboundMessage(
        Guid channelSetupId, MessageChannel channel, string from, string text, string providerMessageId,
        Guid? customerId, bool isOptOut, DateTime receivedAt, DateTime storedAt)
    {
        Id = Guid.CreateVersion7();
        ChannelSetupId = channelSetupId;
        Channel = channel;
        From = from;
        Text = text;
        ProviderMessageId = providerMessageId;
        CustomerId = customerId;
        IsOptOut = isOptOut;
        ReceivedAt = receivedAt;
        StoredAt = storedAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ChannelSetupId { get; private set; }

    public MessageChannel Channel { get; private set; }

    /// <summary>E.164 phone of the sender; blanked by KVKK erasure.</summary>
    public string? From { get; private set; }

    /// <summary>Blanked by KVKK erasure.</summary>
    public string? Text { get; private set; }

    /// <summary>The provider's id, or a hash of sender, text and time when the provider gives none.</summary>
    public string ProviderMessageId { get; private set; } = "";

    public Guid? CustomerId { get; private set; }

    /// <summary>The text was a refusal ("İPTAL"), recorded as RET for the channel.</summary>
    public bool IsOptOut { get; private set; }

    /// <summary>When the person sent it (the provider's time, else when it reached us).</summary>
    public DateTime ReceivedAt { get; private set; }

    public DateTime StoredAt { get; private set; }
}
