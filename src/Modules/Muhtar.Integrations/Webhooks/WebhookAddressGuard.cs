using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// Keeps webhooks away from the server's own network (SSRF). A URL must be http(s), carry no user info,
/// and name a public host: loopback, private, CGNAT, link-local (cloud metadata), unspecified, multicast,
/// broadcast, reserved, unique-local and documentation ranges are refused, also when written as an IPv4
/// number in decimal, octal, hex or short form, or wrapped in IPv6 (mapped, compatible, NAT64, 6to4,
/// Teredo). The same address check runs again on the addresses a name resolves to when connecting
/// (<see cref="WebhookHttp"/>), which is what stops DNS rebinding.
/// </summary>
internal static class WebhookAddressGuard
{
    public const int MaxUrlLength = 2000;

    /// <summary>Why a URL is refused, or null when it may be registered.</summary>
    public static WebhookUrlProblem? Check(string? url, bool allowLoopback = false)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return WebhookUrlProblem.Required;
        }

        if (url.Length > MaxUrlLength)
        {
            return WebhookUrlProblem.TooLong;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return WebhookUrlProblem.Malformed;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return WebhookUrlProblem.Scheme;
        }

        // http://good.example@127.0.0.1/ sends to 127.0.0.1; credentials have no business in a webhook URL.
        if (uri.UserInfo.Length > 0 || RawAuthority(url.Trim()).Contains('@', StringComparison.Ordinal))
        {
            return WebhookUrlProblem.UserInfo;
        }

        var host = uri.IdnHost.TrimEnd('.');
        if (host.Length == 0)
        {
            return WebhookUrlProblem.Malformed;
        }

        if (IsLocalhostName(host))
        {
            return allowLoopback ? null : WebhookUrlProblem.Forbidden;
        }

        if (uri.HostNameType == UriHostNameType.IPv6 || host.StartsWith('['))
        {
            return IPAddress.TryParse(host.Trim('[', ']'), out var v6) && IsAllowed(v6, allowLoopback) ? null : WebhookUrlProblem.Forbidden;
        }

        // Whatever the Uri class made of the host, read the host as written the way browsers and curl do:
        // 2130706433, 0177.0.0.1, 0x7f.1 and 127.1 are all 127.0.0.1.
        foreach (var candidate in new[] { host, RawHost(url.Trim()) })
        {
            switch (ParseIPv4(candidate, out var v4))
            {
                case Ipv4Parse.Address when !IsAllowed(v4!, allowLoopback):
                    return WebhookUrlProblem.Forbidden;
                case Ipv4Parse.Invalid:
                    return WebhookUrlProblem.Malformed;
            }
        }

        return null;
    }

    /// <summary>"localhost", "localhost." and every name under .localhost resolve to loopback by definition (RFC 6761).</summary>
    public static bool IsLocalhostName(string host)
    {
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a connection to <paramref name="address"/> may be made.</summary>
    public static bool IsAllowed(IPAddress address, bool allowLoopback = false)
    {
        if (allowLoopback && IPAddress.IsLoopback(address))
        {
            return true;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address, allowLoopback),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b)
    {
        var n = ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
        foreach (var (network, prefix) in ForbiddenV4)
        {
            var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
            if ((n & mask) == network)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ranges no webhook may reach (RFC 6890 special-purpose registry, minus the globally reachable ones).</summary>
    private static readonly (uint Network, int Prefix)[] ForbiddenV4 =
    [
        (V4(0, 0, 0, 0), 8), // "this network", 0.0.0.0 unspecified
        (V4(10, 0, 0, 0), 8), // private
        (V4(100, 64, 0, 0), 10), // carrier-grade NAT
        (V4(127, 0, 0, 0), 8), // loopback
        (V4(169, 254, 0, 0), 16), // link-local, cloud metadata 169.254.169.254
        (V4(172, 16, 0, 0), 12), // private
        (V4(192, 0, 0, 0), 24), // IETF protocol assignments
        (V4(192, 0, 2, 0), 24), // documentation
        (V4(192, 88, 99, 0), 24), // 6to4 relay anycast
        (V4(192, 168, 0, 0), 16), // private
        (V4(198, 18, 0, 0), 15), // benchmarking
        (V4(198, 51, 100, 0), 24), // documentation
        (V4(203, 0, 113, 0), 24), // documentation
        (V4(224, 0, 0, 0), 4), // multicast
        (V4(240, 0, 0, 0), 4), // reserved, 255.255.255.255 broadcast
    ];

    private static uint V4(byte a, byte b, byte c, byte d) => ((uint)a << 24) | ((uint)b << 16) | ((uint)c << 8) | d;

    private static bool IsPublicV6(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsAllowed(address.MapToIPv4(), allowLoopback);
        }

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks) and other ::/96 forms.
        if (b.Take(12).All(x => x == 0))
        {
            return false;
        }

        // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48 carry an IPv4 address in the last 32 bits.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return false;
        }

        // 6to4 2002::/16 embeds an IPv4 address in bits 16–47; Teredo 2001:0::/32 hides one too.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4([b[2], b[3], b[4], b[5]]);
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            return false;
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        {
            return false; // documentation 2001:db8::/32
        }

        if (b[0] == 0x01 && b[1] == 0x00 && b.Skip(2).Take(6).All(x => x == 0))
        {
            return false; // discard-only 100::/64
        }

        return (b[0] & 0xfe) != 0xfc // unique local fc00::/7
            && !(b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // link-local fe80::/10
            && !(b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) // site-local fec0::/10 (deprecated)
            && b[0] != 0xff; // multicast ff00::/8
    }

    internal enum Ipv4Parse
    {
        NotAnAddress,
        Address,
        Invalid,
    }

    /// <summary>
    /// The WHATWG URL host parser's IPv4 rules: a host whose last label is a number is an IPv4 address of
    /// one to four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes.
    /// </summary>
    internal static Ipv4Parse ParseIPv4(string host, out IPAddress? address)
    {
        address = null;
        var parts = host.TrimEnd('.').Split('.');
        if (parts.Length == 0 || !LooksNumeric(parts[^1]))
        {
            return Ipv4Parse.NotAnAddress;
        }

        if (parts.Length > 4)
        {
            return Ipv4Parse.Invalid;
        }

        var numbers = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParsePart(parts[i], out numbers[i]))
            {
                return Ipv4Parse.Invalid;
            }
        }

        for (var i = 0; i < numbers.Length - 1; i++)
        {
            if (numbers[i] > 255)
            {
                return Ipv4Parse.Invalid;
            }
        }

        var lastBytes = 5 - numbers.Length;
        if (numbers[^1] >= 1UL << (8 * lastBytes))
        {
            return Ipv4Parse.Invalid;
        }

        ulong value = numbers[^1];
        for (var i = 0; i < numbers.Length - 1; i++)
        {
            value += numbers[i] << (8 * (3 - i));
        }

        address = new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
        return Ipv4Parse.Address;
    }

    private static bool LooksNumeric(string label) =>
        label.Length > 0 && (label.All(char.IsAsciiDigit)
            || ((label.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) && label[2..].All(char.IsAsciiHexDigit)));

    private static bool TryParsePart(string part, out ulong value)
    {
        value = 0;
        if (part.Length == 0)
        {
            return false;
        }

        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var hex = part[2..];
            return hex.Length == 0 || (hex.Length <= 16 && ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value));
        }

        if (part.Length > 1 && part[0] == '0')
        {
            if (!part.All(c => c is >= '0' and <= '7') || part.Length > 22)
            {
                return false;
            }

            foreach (var c in part)
            {
                value = (value * 8) + (ulong)(c - '0');
            }

            return true;
        }

        return part.All(char.IsAsciiDigit) && ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The authority as written: between "//" and the first "/", "?" or "#".</summary>
    private static string RawAuthority(string url)
    {
        var start = url.IndexOf("//", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var rest = url[(start + 2)..];
        var end = rest.IndexOfAny(['/', '?', '#', '\\']);
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The host as written, without user info and port.</summary>
    private static string RawHost(string url)
    {
        var authority = RawAuthority(url);
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        if (authority.StartsWith('['))
        {
            return authority;
        }

        var colon = authority.LastIndexOf(':');
        return (colon < 0 ? authority : authority[..colon]).TrimEnd('.');
    }
}

internal enum WebhookUrlProblem
{
    Required,
    TooLong,
    Malformed,
    Scheme,
    UserInfo,
    Forbidden,
}
