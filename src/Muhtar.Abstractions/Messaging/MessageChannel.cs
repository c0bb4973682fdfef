namespace Muhtar.Abstractions.Messaging;

/// <summary>How a message reaches a person. Consent is checked per channel (SMS and WhatsApp separately).</summary>
public enum MessageChannel
{
    Sms,
    WhatsApp,
    Email,
}
