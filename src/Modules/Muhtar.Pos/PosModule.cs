using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Pos;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Identity;
using Muhtar.Pos.Api;
using Muhtar.Pos.Catalog.Editing;
using Muhtar.Pos.Checkout;
using Muhtar.Pos.Demo;
using Muhtar.Pos.Privacy;
using Muhtar.Pos.Promotions;
using Muhtar.Pos.Queries;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos;

/// <summary>Point of sale (P2, P3): stores, tills, the catalogue and receipts; their read API, pages and demo data.</summary>
public static class PosModule
{
    public static IServiceCollection AddPosModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, PosModel>();
        services.AddScoped<StoreQueries>();
        services.AddScoped<ProductQueries>();
        services.AddScoped<ReceiptQueries>();
        services.AddScoped<IPurchaseHistory, PurchaseHistory>();
        services.AddScoped<ICatalogReader, CatalogReader>();
        services.AddCatalogEditing();
        services.AddPromotions();
        services.AddCheckout();
        services.AddScoped<IDemoSeeder, PosDemoSeeder>();
        services.AddScoped<IPersonalDataHolder, ReceiptPersonalData>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, ReceiptMergeParticipant>());
        return services;
    }

    public static IEndpointRouteBuilder MapPosEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/pos")
            .WithTags("Point of sale")
            .RequirePermission(Permissions.PosRead);
        group.MapStoreEndpoints();
        group.MapProductEndpoints();
        group.MapReceiptEndpoints();
        group.MapCatalogEditingEndpoints();
        group.MapPromotionEndpoints();
        group.MapCheckoutEndpoints();
        return endpoints;
    }

    private sealed class PosModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(PosModule).Assembly);
    }
}
