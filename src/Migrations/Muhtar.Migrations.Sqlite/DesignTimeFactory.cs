using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Automation;
using Muhtar.Consent;
using Muhtar.Customers;
using Muhtar.Integrations;
using Muhtar.Ledger;
using Muhtar.Loyalty;
using Muhtar.Messaging;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos;
using Muhtar.Privacy;
using Muhtar.Scheduling;
using Muhtar.WorkOrders;

namespace Muhtar.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the same model the app builds, registered the same way.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MuhtarDbContext>
{
    public MuhtarDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Muhtar"] = "Data Source=design.db",
            })
            .Build();
        var services = new ServiceCollection()
            .AddMuhtarPlatform(configuration)
            .AddCustomersModule()
            .AddPosModule()
            .AddPrivacyModule()
            .AddConsentModule()
            .AddMessagingModule()
            .AddAutomationModule()
            .AddIntegrationsModule()
            .AddLoyaltyModule()
            .AddSchedulingModule()
            .AddLedgerModule()
            .AddWorkOrdersModule()
            .AddScoped<ITenantContext, NoTenantContext>()
            .BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();
    }
}
