namespace Muhtar.Web.Components.Account;

internal static class LocalUrl
{
    /// <summary>Only paths on this site are followed after sign-in, never "//evil.example" or absolute URLs.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
