namespace Muhtar.Abstractions.Consent;

/// <summary>İYS channels: SMS and WhatsApp are MESAJ, Call is ARAMA, Email is EPOSTA in the registry.</summary>
public enum ConsentChannel
{
    Sms,
    Call,
    Email,
    WhatsApp,
}

/// <summary>ONAY (approved) or RET (refused).</summary>
public enum ConsentStatus
{
    Approved,
    Refused,
}

/// <summary>Where a decision came from.</summary>
public enum ConsentSource
{
    WebForm,
    Shop,
    WetSignature,
    Import,
    Api,
    /// <summary>An inbound reply such as "İPTAL"/"STOP".</summary>
    Reply,
}
