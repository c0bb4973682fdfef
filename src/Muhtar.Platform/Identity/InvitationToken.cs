using System.Buffers.Text;
using System.Security.Cryptography;

namespace Muhtar.Platform.Identity;

/// <summary>Invitation tokens: 256 random bits, URL-safe; stored only as their SHA-256.</summary>
internal static class InvitationToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => ApiKeyFormat.Hash(token);

    public static string AcceptPath(string token) => "/account/accept?token=" + Uri.EscapeDataString(token);
}
