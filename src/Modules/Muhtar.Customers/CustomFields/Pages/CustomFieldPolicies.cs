using Muhtar.Platform.Identity;

namespace Muhtar.Customers.CustomFields.Pages;

/// <summary>The settings pages need the same permission the definition endpoints check.</summary>
internal static class CustomFieldPolicies
{
    public const string Configure = Permissions.PolicyPrefix + Permissions.CustomersConfigure;
}
