using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Consent.Api;
using Muhtar.Consent.Integration;
using Muhtar.Consent.Iys;
using Muhtar.Consent.Ledger;
using Muhtar.Consent.Pages;
using Muhtar.Platform.Data;

namespace Muhtar.Consent;

/// <summary>Consent (C7, KVKK / İYS): the append-only ledger per channel, its panel on the customer page, the İYS report.</summary>
public static class ConsentModule
{
    public static IServiceCollection AddConsentModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, ConsentModel>();
        services.AddScoped<ConsentLedger>();
        services.AddScoped<IConsentLedger>(sp => sp.GetRequiredService<ConsentLedger>());
        services.AddScoped<IysQueue>();
        services.AddScoped<ICustomerMergeParticipant, ConsentMergeParticipant>();
        services.AddScoped<IPersonalDataHolder, ConsentPersonalData>();
        services.AddScoped<ITimelineSource, ConsentTimelineSource>();
        services.AddSingleton(new CustomerPagePanel(typeof(ConsentPanel), 100));
        return services;
    }

    public static IEndpointRouteBuilder MapConsentEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomerConsentEndpoints().MapIysEndpoints();

    private sealed class ConsentModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsentModule).Assembly);
    }
}
