namespace Muhtar.Platform.Identity;

/// <summary>The one table of which role may do what (I5). The server checks it on every endpoint.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<string, HashSet<string>> Map = new(StringComparer.Ordinal)
    {
        [Roles.Owner] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive,
            Permissions.CustomersImport, Permissions.CustomersExport,
            Permissions.AuditRead, Permissions.UsersManage, Permissions.ApiKeysManage, Permissions.SettingsManage,
            Permissions.JobsManage, Permissions.PosRead,
        ],
        [Roles.Manager] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive,
            Permissions.CustomersImport, Permissions.CustomersExport,
            Permissions.AuditRead, Permissions.UsersManage, Permissions.JobsManage, Permissions.PosRead,
        ],
        [Roles.Sales] = [Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.PosRead],
        [Roles.Agent] = [Permissions.CustomersRead, Permissions.CustomersWrite],
        [Roles.Clerk] = [Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.PosRead],
        [Roles.Technician] = [Permissions.CustomersRead],
        [Roles.Marketer] = [Permissions.CustomersRead, Permissions.CustomersExport, Permissions.PosRead],
    };

    /// <summary>API-key scopes (I1): an integration gets only what its scopes name.</summary>
    private static readonly Dictionary<string, HashSet<string>> Scopes = new(StringComparer.Ordinal)
    {
        ["customers"] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive, Permissions.CustomersImport,
            Permissions.CustomersExport, Permissions.AuditRead,
        ],
        ["customers.read"] = [Permissions.CustomersRead],
        ["pos"] = [Permissions.CustomersRead, Permissions.PosRead],
    };

    public static IReadOnlyCollection<string> KnownScopes => Scopes.Keys;

    public static bool RoleHas(string role, string permission) =>
        Map.TryGetValue(role, out var set) && set.Contains(permission);

    public static bool ScopeHas(string scope, string permission) =>
        Scopes.TryGetValue(scope, out var set) && set.Contains(permission);

    public static IEnumerable<string> RolesWithout(string permission) => Roles.All.Where(r => !RoleHas(r, permission));
}
