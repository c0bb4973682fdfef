using System.Security.Cryptography;
using System.Text;

namespace Muhtar.Platform.Identity;

/// <summary>
/// Keys look like <c>mk_ab12cd34_&lt;40 random characters&gt;</c>: a recognisable marker, a public prefix to
/// find the stored row, and a secret. The secret carries about 238 bits of entropy, so a fast hash (SHA-256)
/// is enough; a slow password hash would only cost time on every till request.
/// </summary>
public static class ApiKeyFormat
{
    public const string Marker = "mk_";
    public const int PrefixLength = 8;
    public const int SecretLength = 40;

    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static (string Key, string Prefix) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, SecretLength);
        return ($"{Marker}{prefix}_{secret}", prefix);
    }

    /// <summary>Reads the prefix of a presented key; false when it is not shaped like one of ours.</summary>
    public static bool TryGetPrefix(string? key, out string prefix)
    {
        prefix = "";
        if (key is null || key.Length != Marker.Length + PrefixLength + 1 + SecretLength
            || !key.StartsWith(Marker, StringComparison.Ordinal) || key[Marker.Length + PrefixLength] != '_')
        {
            return false;
        }

        var candidate = key.Substring(Marker.Length, PrefixLength);
        if (!candidate.All(c => PrefixAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        prefix = candidate;
        return true;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares in constant time so response timing does not reveal how much of a hash matched.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>What lists show: enough to recognise a key, nothing to use it.</summary>
    public static string Display(string prefix) => $"{Marker}{prefix}…";
}
