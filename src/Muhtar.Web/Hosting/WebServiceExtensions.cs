using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Radzen;

namespace Muhtar.Web.Hosting;

internal static class WebServiceExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("tr-TR"), new("en-US")];

    public static IServiceCollection AddMuhtarWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // Turkish is the default; English by the switch in the header (a cookie).
            o.DefaultRequestCulture = new RequestCulture("tr-TR");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddOpenApi();
        services.AddMuhtarAuthentication();
        services.AddAuthorization();
        return services;
    }
}
