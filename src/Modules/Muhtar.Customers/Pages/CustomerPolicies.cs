using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Pages;

/// <summary>Authorisation policy names the pages use; the same permissions the API checks.</summary>
internal static class CustomerPolicies
{
    public const string Read = Permissions.PolicyPrefix + Permissions.CustomersRead;
    public const string Write = Permissions.PolicyPrefix + Permissions.CustomersWrite;
    public const string Archive = Permissions.PolicyPrefix + Permissions.CustomersArchive;
    public const string Audit = Permissions.PolicyPrefix + Permissions.AuditRead;
}
