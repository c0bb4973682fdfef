namespace Muhtar.Messaging.Templates;

/// <summary>How an SMS text goes over the air, which decides how many characters fit in one part.</summary>
internal enum SmsEncoding
{
    /// <summary>GSM 03.38 default alphabet, 7 bits a character: 160 in one part, 153 in each part of a longer one.</summary>
    Gsm7,

    /// <summary>
    /// GSM 7-bit with the Turkish national single-shift table (3GPP TS 23.038 A.2.1), the gateways' "Türkçe karakter"
    /// option: ç ğ ı ş Ğ İ Ş cost two septets and the shift header leaves 155 in one part, 149 in each of several.
    /// </summary>
    Gsm7Turkish,

    /// <summary>UCS-2, 16 bits a character: 70 in one part, 67 in each part of a longer one.</summary>
    Ucs2,
}
