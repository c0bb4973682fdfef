using Muhtar.Automation;
using Muhtar.Consent;
using Muhtar.Customers;
using Muhtar.Integrations;
using Muhtar.Ledger;
using Muhtar.Loyalty;
using Muhtar.Messaging;
using Muhtar.Pos;
using Muhtar.Privacy;
using Muhtar.Scheduling;
using Muhtar.WorkOrders;

namespace Muhtar.Web.Hosting;

/// <summary>
/// The one list of business modules. The server and the operator command line both register it, so
/// their EF models (and so the migrations they apply) are always the same.
/// </summary>
internal static class Modules
{
    /// <summary>Assemblies whose Razor pages the router serves.</summary>
    public static readonly System.Reflection.Assembly[] PageAssemblies =
        [typeof(CustomersModule).Assembly, typeof(PosModule).Assembly, typeof(PrivacyModule).Assembly, typeof(ConsentModule).Assembly,
        typeof(MessagingModule).Assembly, typeof(AutomationModule).Assembly, typeof(IntegrationsModule).Assembly,
        typeof(LoyaltyModule).Assembly, typeof(SchedulingModule).Assembly, typeof(LedgerModule).Assembly, typeof(WorkOrdersModule).Assembly];

    public static IServiceCollection AddMuhtarModules(this IServiceCollection services) =>
        services.AddCustomersModule().AddPosModule().AddPrivacyModule().AddConsentModule()
            .AddMessagingModule().AddAutomationModule().AddIntegrationsModule().AddLoyaltyModule()
            .AddSchedulingModule().AddLedgerModule().AddWorkOrdersModule();

    public static IEndpointRouteBuilder MapMuhtarModules(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomersEndpoints().MapPosEndpoints().MapPrivacyEndpoints().MapConsentEndpoints()
            .MapMessagingEndpoints().MapAutomationEndpoints().MapIntegrationsEndpoints().MapLoyaltyEndpoints()
            .MapSchedulingEndpoints().MapLedgerEndpoints().MapWorkOrdersEndpoints();
}
