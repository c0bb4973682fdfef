using Muhtar.Platform.Identity;

namespace Muhtar.Loyalty.Pages;

/// <summary>Authorisation policy names the pages use; the same permissions the API checks.</summary>
internal static class LoyaltyPolicies
{
    public const string Read = Permissions.PolicyPrefix + Permissions.LoyaltyRead;
    public const string Manage = Permissions.PolicyPrefix + Permissions.LoyaltyManage;
}
