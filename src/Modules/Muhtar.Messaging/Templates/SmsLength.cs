namespace Muhtar.Messaging.Templates;

/// <summary>
/// The length of an SMS text: how it is encoded, how many characters the user wrote, how many encoding units
/// (septets or UTF-16 code units) they take, and how many parts the operator bills.
/// </summary>
internal sealed record SmsLength(SmsEncoding Encoding, int Characters, int Units, int Segments, int PerSegment)
{
    /// <summary>What the same text gives with the Turkish single-shift table, or null when that changes nothing.</summary>
    public SmsLength? Turkish { get; init; }

    /// <summary>Units left in the last part before another part starts.</summary>
    public int RemainingInSegment { get; init; }

    public static SmsLength Of(string? text) => SmsCounter.Count(text ?? "");
}
