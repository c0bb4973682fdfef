using Microsoft.Extensions.DependencyInjection;
using Muhtar.Automation;
using Muhtar.Consent;
using Muhtar.Customers;
using Muhtar.Integrations;
using Muhtar.Loyalty;
using Muhtar.Messaging;
using Muhtar.Pos;
using Muhtar.Privacy;

namespace Muhtar.Bench;

/// <summary>
/// Every module, as src/Muhtar.Web/Hosting/Modules.cs registers them: the EF model must match the migrations
/// the benchmark applies. Add a new module here too.
/// </summary>
internal static class BenchModules
{
    public static IServiceCollection AddAllModules(this IServiceCollection services) =>
        services.AddCustomersModule().AddPosModule().AddConsentModule().AddPrivacyModule()
            .AddMessagingModule().AddAutomationModule().AddIntegrationsModule().AddLoyaltyModule();
}
