namespace Muhtar.Platform.Identity;

/// <summary>What an endpoint or page needs. Roles and API-key scopes grant permissions.</summary>
public static class Permissions
{
    public const string CustomersRead = "customers.read";
    public const string CustomersWrite = "customers.write";
    public const string CustomersArchive = "customers.archive";

    /// <summary>Bulk-load customers from files (C6).</summary>
    public const string CustomersImport = "customers.import";

    /// <summary>Download customer lists as files: personal data in bulk, so fewer roles have it.</summary>
    public const string CustomersExport = "customers.export";
    public const string AuditRead = "audit.read";
    public const string UsersManage = "users.manage";
    public const string ApiKeysManage = "apikeys.manage";
    public const string SettingsManage = "settings.manage";
    public const string JobsManage = "jobs.manage";
    public const string PosRead = "pos.read";

    public const string PolicyPrefix = "perm:";

    public static string Policy(string permission) => PolicyPrefix + permission;
}
