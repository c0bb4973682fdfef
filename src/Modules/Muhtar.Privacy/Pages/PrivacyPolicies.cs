using Muhtar.Platform.Identity;

namespace Muhtar.Privacy.Pages;

/// <summary>The pages' authorisation policy: the same permission the API checks.</summary>
internal static class PrivacyPolicies
{
    public const string Manage = Permissions.PolicyPrefix + Permissions.PrivacyManage;
}
