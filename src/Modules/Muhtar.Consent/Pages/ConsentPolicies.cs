using Muhtar.Platform.Identity;

namespace Muhtar.Consent.Pages;

/// <summary>Authorisation policy names the pages use; the same permissions the API checks.</summary>
internal static class ConsentPolicies
{
    public const string Read = Permissions.PolicyPrefix + Permissions.ConsentRead;
    public const string Write = Permissions.PolicyPrefix + Permissions.ConsentWrite;
    public const string Report = Permissions.PolicyPrefix + Permissions.ConsentReport;
}
