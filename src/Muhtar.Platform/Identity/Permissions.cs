namespace Muhtar.Platform.Identity;

/// <summary>What an endpoint or page needs. Roles and API-key scopes grant permissions.</summary>
public static class Permissions
{
    public const string CustomersRead = "customers.read";
    public const string CustomersWrite = "customers.write";
    public const string CustomersArchive = "customers.archive";

    /// <summary>See and dismiss duplicate candidates, merge customers and undo merges (C4).</summary>
    public const string CustomersMerge = "customers.merge";

    public const string AuditRead = "audit.read";
    public const string UsersManage = "users.manage";
    public const string ApiKeysManage = "apikeys.manage";
    public const string SettingsManage = "settings.manage";
    public const string JobsManage = "jobs.manage";
    public const string PosRead = "pos.read";

    public const string PolicyPrefix = "perm:";

    public static string Policy(string permission) => PolicyPrefix + permission;
}
