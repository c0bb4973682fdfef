using Muhtar.Platform.Identity;

namespace Muhtar.Integrations.Pages;

/// <summary>Authorisation policy names the pages use; the same permission the API checks.</summary>
internal static class IntegrationsPolicies
{
    public const string Manage = Permissions.PolicyPrefix + Permissions.IntegrationsManage;
}
