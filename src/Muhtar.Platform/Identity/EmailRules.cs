using System.Net.Mail;

namespace Muhtar.Platform.Identity;

public static class EmailRules
{
    public const int MaxLength = 256;

    /// <summary>The trimmed address when it is a plain, complete e-mail address (name@domain.tld); otherwise null.</summary>
    public static string? Normalize(string? input)
    {
        var trimmed = (input ?? "").Trim();
        if (trimmed.Length is 0 or > MaxLength || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed || address.DisplayName.Length > 0)
        {
            return null;
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.EndsWith('.') ? trimmed : null;
    }
}
