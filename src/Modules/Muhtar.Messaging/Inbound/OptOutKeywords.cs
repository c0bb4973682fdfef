using Muhtar.Platform.Text;

namespace Muhtar.Messaging.Inbound;

/// <summary>
/// Replies that mean "stop sending me messages" (ileti reddi): the keyword alone or as the first word ("İptal",
/// "IPTAL lütfen", "stop."), compared Turkish-insensitively, so "İPTAL", "iptal", "IPTAL" and "ıptal" all count.
/// </summary>
internal static class OptOutKeywords
{
    /// <summary>Folded forms (TurkishText.Fold): RET is the İYS word, İPTAL/DUR/STOP what people actually write.</summary>
    public static readonly IReadOnlySet<string> Words =
        new HashSet<string>(["ret", "red", "iptal", "dur", "stop", "unsubscribe"], StringComparer.Ordinal);

    public static bool IsOptOut(string? text)
    {
        var folded = TurkishText.Fold(text);
        if (folded.Length == 0)
        {
            return false;
        }

        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        return Words.Contains(space < 0 ? folded : folded[..space]);
    }
}
