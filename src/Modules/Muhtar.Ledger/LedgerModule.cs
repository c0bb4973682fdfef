using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Ledger.Api;
using Muhtar.Ledger.Book;
using Muhtar.Ledger.Demo;
using Muhtar.Ledger.Integration;
using Muhtar.Ledger.Pages;
using Muhtar.Ledger.Settings;
using Muhtar.Ledger.Statements;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;

namespace Muhtar.Ledger;

/// <summary>The credit book (veresiye, L1): charges and payments per customer, balances, statements, polite reminders.</summary>
public static class LedgerModule
{
    public static IServiceCollection AddLedgerModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, LedgerModel>();
        services.AddScoped<ICustomerMergeParticipant, CreditMergeParticipant>().AddScoped<IPersonalDataHolder, CreditPersonalData>();
        services.AddScoped<CreditBook>().AddScoped<CreditReminders>().AddScoped<CustomerLookup>().AddScoped<DebtorQueries>();
        services.AddScoped<BusinessProfile>().AddScoped<CreditSettings>().AddScoped<CreditStatements>();
        services.AddScoped<IDemoSeeder, LedgerDemoSeeder>();
        services.AddSingleton(new CustomerPagePanel(typeof(CreditBookPanel), 250));
        return services;
    }

    public static IEndpointRouteBuilder MapLedgerEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapCreditBookApi();

    private sealed class LedgerModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(LedgerModule).Assembly);
    }
}
