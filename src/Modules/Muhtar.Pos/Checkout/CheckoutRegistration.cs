using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Timeline;
using Muhtar.Pos.Checkout.Pages;

namespace Muhtar.Pos.Checkout;

internal static class CheckoutRegistration
{
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddSingleton<StoreCache>();
        services.AddScoped<TillStores>();
        services.AddScoped<TillCatalog>();
        services.AddScoped<BasketReader>();
        services.AddScoped<CheckoutPricing>();
        services.AddScoped<CustomerLookup>();
        services.AddScoped<TillEnrolment>();
        services.AddScoped<ReceiptPosting>();
        services.AddScoped<ReturnPosting>();
        services.AddScoped<ReceiptClaims>();
        services.AddScoped<ITimelineSource, ReceiptTimelineSource>();
        services.AddSingleton(new CustomerPagePanel(typeof(CustomerReceiptsPanel), 300));
        return services;
    }

    public static RouteGroupBuilder MapCheckoutEndpoints(this RouteGroupBuilder pos) => pos.MapTillEndpoints();
}
