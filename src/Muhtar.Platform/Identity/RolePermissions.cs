namespace Muhtar.Platform.Identity;

/// <summary>The one table of which role may do what (I5). The server checks it on every endpoint.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<string, HashSet<string>> Map = new(StringComparer.Ordinal)
    {
        [Roles.Owner] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive, Permissions.CustomersMerge,
            Permissions.CustomersImport, Permissions.CustomersExport,
            Permissions.AuditRead, Permissions.UsersManage, Permissions.ApiKeysManage, Permissions.SettingsManage,
            Permissions.JobsManage, Permissions.PosRead, Permissions.PrivacyManage, Permissions.CustomersConfigure,
            Permissions.ConsentRead, Permissions.ConsentWrite, Permissions.ConsentReport,
            Permissions.MessagingConfigure, Permissions.MessagingTemplates, Permissions.MessagingRead, Permissions.MessagingSend,
            Permissions.AutomationManage, Permissions.IntegrationsManage,
            Permissions.PosSell, Permissions.PosCatalog, Permissions.PosPromotions, Permissions.LoyaltyRead, Permissions.LoyaltyManage,
            Permissions.AppointmentsBook, Permissions.AppointmentsConfigure, Permissions.CreditBook, Permissions.CreditBookConfigure,
            Permissions.WorkOrders,
        ],
        [Roles.Manager] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive, Permissions.CustomersMerge,
            Permissions.CustomersImport, Permissions.CustomersExport,
            Permissions.AuditRead, Permissions.UsersManage, Permissions.JobsManage, Permissions.PosRead,
            Permissions.PrivacyManage, Permissions.CustomersConfigure,
            Permissions.ConsentRead, Permissions.ConsentWrite, Permissions.ConsentReport,
            Permissions.MessagingConfigure, Permissions.MessagingTemplates, Permissions.MessagingRead, Permissions.MessagingSend,
            Permissions.AutomationManage, Permissions.IntegrationsManage,
            Permissions.PosSell, Permissions.PosCatalog, Permissions.PosPromotions, Permissions.LoyaltyRead, Permissions.LoyaltyManage,
            Permissions.AppointmentsBook, Permissions.AppointmentsConfigure, Permissions.CreditBook, Permissions.CreditBookConfigure,
            Permissions.WorkOrders,
        ],
        // Whoever talks to customers (counter, phone, sales) records what they said; marketers only read
        // consents (they must not grant themselves permission to send) but prepare the İYS report.
        [Roles.Sales] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.PosRead, Permissions.PosSell, Permissions.LoyaltyRead, Permissions.ConsentRead,
            Permissions.ConsentWrite, Permissions.MessagingRead, Permissions.MessagingSend, Permissions.AppointmentsBook, Permissions.CreditBook, Permissions.WorkOrders,
        ],
        [Roles.Agent] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.LoyaltyRead, Permissions.ConsentRead, Permissions.ConsentWrite,
            Permissions.MessagingRead, Permissions.MessagingSend, Permissions.AppointmentsBook,
        ],
        [Roles.Clerk] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.PosRead, Permissions.PosSell, Permissions.LoyaltyRead, Permissions.ConsentRead,
            Permissions.ConsentWrite, Permissions.MessagingRead, Permissions.MessagingSend, Permissions.AppointmentsBook, Permissions.CreditBook, Permissions.WorkOrders,
        ],
        // Technicians do the work: their own appointments and the work orders on their bench.
        [Roles.Technician] = [Permissions.CustomersRead, Permissions.AppointmentsBook, Permissions.WorkOrders],
        // Marketers write templates and rules and see messages, but never set up channels or consents.
        [Roles.Marketer] =
        [
            Permissions.CustomersRead, Permissions.CustomersExport, Permissions.PosRead, Permissions.ConsentRead, Permissions.ConsentReport,
            Permissions.MessagingTemplates, Permissions.MessagingRead, Permissions.MessagingSend, Permissions.AutomationManage,
            Permissions.PosPromotions, Permissions.LoyaltyRead, Permissions.LoyaltyManage,
        ],
    };

    /// <summary>API-key scopes (I1): an integration gets only what its scopes name.</summary>
    private static readonly Dictionary<string, HashSet<string>> Scopes = new(StringComparer.Ordinal)
    {
        ["customers"] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersArchive, Permissions.CustomersMerge,
            Permissions.CustomersImport, Permissions.CustomersExport, Permissions.AuditRead, Permissions.ConsentRead,
            Permissions.ConsentWrite,
        ],
        ["consent"] = [Permissions.CustomersRead, Permissions.ConsentRead, Permissions.ConsentWrite, Permissions.ConsentReport],
        ["customers.read"] = [Permissions.CustomersRead],
        ["customers.configure"] = [Permissions.CustomersRead, Permissions.CustomersConfigure],
        // A till: find and enrol customers, sell, return. Enrolment creates customers and records consents.
        ["pos"] = [Permissions.CustomersRead, Permissions.PosRead, Permissions.PosSell, Permissions.LoyaltyRead],
        ["catalog"] = [Permissions.PosRead, Permissions.PosCatalog],
        ["promotions"] = [Permissions.PosRead, Permissions.PosPromotions],
        ["loyalty"] = [Permissions.CustomersRead, Permissions.LoyaltyRead, Permissions.LoyaltyManage],
        ["privacy"] = [Permissions.PrivacyManage],
        ["messaging"] = [Permissions.CustomersRead, Permissions.MessagingRead, Permissions.MessagingSend, Permissions.MessagingTemplates],
        // Setting up channels (provider credentials) is its own grant, never part of "messaging".
        ["messaging.configure"] = [Permissions.MessagingRead, Permissions.MessagingConfigure],
        ["automation"] = [Permissions.CustomersRead, Permissions.AutomationManage],
        ["webhooks"] = [Permissions.IntegrationsManage],
        ["appointments"] = [Permissions.CustomersRead, Permissions.AppointmentsBook],
        ["creditbook"] = [Permissions.CustomersRead, Permissions.CreditBook],
        // Changing the book's rules (reminder interval) is its own grant, so a till's key cannot loosen them.
        ["creditbook.configure"] = [Permissions.CreditBook, Permissions.CreditBookConfigure],
        ["workorders"] = [Permissions.CustomersRead, Permissions.WorkOrders],
    };

    public static IReadOnlyCollection<string> KnownScopes => Scopes.Keys;

    public static bool RoleHas(string role, string permission) =>
        Map.TryGetValue(role, out var set) && set.Contains(permission);

    public static bool ScopeHas(string scope, string permission) =>
        Scopes.TryGetValue(scope, out var set) && set.Contains(permission);

    public static IEnumerable<string> RolesWithout(string permission) => Roles.All.Where(r => !RoleHas(r, permission));
}
