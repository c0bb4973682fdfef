using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Merging;

/// <summary>The policy the duplicate and merge pages need; the same permission the API checks.</summary>
internal static class MergePolicies
{
    public const string Merge = Permissions.PolicyPrefix + Permissions.CustomersMerge;
}
