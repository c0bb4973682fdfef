using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Muhtar.Abstractions.Timeline;

namespace Muhtar.Customers.Timeline;

/// <summary>The cursor as the API hands it out: opaque base64url of "ticks|id", so clients do not build their own.</summary>
internal static class TimelineCursorText
{
    public static string Write(TimelineCursor cursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            cursor.At.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + cursor.Id));

    public static bool TryRead(string text, out TimelineCursor? cursor)
    {
        cursor = null;
        try
        {
            var plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            var bar = plain.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || bar == plain.Length - 1
                || !long.TryParse(plain.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            cursor = new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), plain[(bar + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            // Not base64url at all: the caller answers with a problem naming "cursor".
            return false;
        }
    }
}
