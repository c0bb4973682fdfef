namespace Muhtar.Platform.Identity;

/// <summary>What an endpoint or page needs. Roles and API-key scopes grant permissions.</summary>
public static class Permissions
{
    public const string CustomersRead = "customers.read";
    public const string CustomersWrite = "customers.write";
    public const string CustomersArchive = "customers.archive";

    /// <summary>See and dismiss duplicate candidates, merge customers and undo merges (C4).</summary>
    public const string CustomersMerge = "customers.merge";

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

    /// <summary>KVKK data-subject requests: see, export and erase what is held about a person (C7).</summary>
    public const string PrivacyManage = "privacy.manage";

    /// <summary>Define the business's customer custom fields and tag colours (C1).</summary>
    public const string CustomersConfigure = "customers.configure";
    /// <summary>See a customer's consent decisions (KVKK / İYS).</summary>
    public const string ConsentRead = "consent.read";

    /// <summary>Record a consent decision (ONAY/RET) for a customer.</summary>
    public const string ConsentWrite = "consent.write";

    /// <summary>List, export and mark as reported the decisions owed to the national registry (İYS).</summary>
    public const string ConsentReport = "consent.report";

    /// <summary>Set up the business's message channels (SMTP, SMS gateways, WhatsApp) and retry dead letters.</summary>
    public const string MessagingConfigure = "messaging.configure";

    /// <summary>Write and preview message templates.</summary>
    public const string MessagingTemplates = "messaging.templates";

    /// <summary>See messages sent to and received from customers.</summary>
    public const string MessagingRead = "messaging.read";

    /// <summary>Send a message to a customer by hand or through the API.</summary>
    public const string MessagingSend = "messaging.send";

    /// <summary>Build, pause and inspect automation rules (M6).</summary>
    public const string AutomationManage = "automation.manage";

    /// <summary>Register outgoing webhooks and see their deliveries (I4).</summary>
    public const string IntegrationsManage = "integrations.manage";

    /// <summary>Sell at the till (P1, P2, P7): look up and enrol customers, evaluate baskets, post receipts and returns.</summary>
    public const string PosSell = "pos.sell";

    /// <summary>Edit stores, tills and the catalogue, and bulk-sync products (P3).</summary>
    public const string PosCatalog = "pos.catalog";

    /// <summary>Set up promotions and coupons (P6).</summary>
    public const string PosPromotions = "pos.promotions";

    /// <summary>See a customer's points, stamp cards and ledger (P4, P5).</summary>
    public const string LoyaltyRead = "loyalty.read";

    /// <summary>Set up the loyalty programme and stamp cards; adjust points by hand (P4, P5).</summary>
    public const string LoyaltyManage = "loyalty.manage";

    /// <summary>See the calendar; book, move, cancel and check in appointments; record no-shows (S2-S5).</summary>
    public const string AppointmentsBook = "appointments.book";

    /// <summary>Set up services, staff hours, resources, reminders and the public booking page (S1, S3, S4, S6).</summary>
    public const string AppointmentsConfigure = "appointments.configure";

    /// <summary>Keep the credit book (veresiye): record charges and payments, see who owes what, send statements and reminders (L1).</summary>
    public const string CreditBook = "creditbook.write";

    /// <summary>Change the credit book's settings, such as the minimum interval between reminders (L1).</summary>
    public const string CreditBookConfigure = "creditbook.configure";

    /// <summary>Receive items, move work orders through their statuses, print tickets (L2).</summary>
    public const string WorkOrders = "workorders.write";

    public const string PolicyPrefix = "perm:";

    public static string Policy(string permission) => PolicyPrefix + permission;
}
