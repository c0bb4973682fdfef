namespace Muhtar.Pos.Promotions.Admin;

/// <summary>Enum names as the API writes them: camelCase ("buyNGetY", "percentOff", "category").</summary>
internal static class Enums
{
    public static T? Parse<T>(string? value)
        where T : struct, Enum =>
        value is { Length: > 0 } && char.IsLower(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
