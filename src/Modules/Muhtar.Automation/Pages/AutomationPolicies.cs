using Muhtar.Platform.Identity;

namespace Muhtar.Automation.Pages;

/// <summary>Authorisation policy names the pages use; the same permissions the API checks.</summary>
internal static class AutomationPolicies
{
    public const string Manage = Permissions.PolicyPrefix + Permissions.AutomationManage;
    public const string CustomersRead = Permissions.PolicyPrefix + Permissions.CustomersRead;
}
