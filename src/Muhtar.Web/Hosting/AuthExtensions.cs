using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Web.Hosting;

internal static class AuthExtensions
{
    /// <summary>Chooses per request: a Bearer header means an API key, anything else the people's cookie.</summary>
    public const string DefaultScheme = "Muhtar";

    public static IServiceCollection AddMuhtarAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = DefaultScheme;
                o.DefaultChallengeScheme = DefaultScheme;
                o.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, DefaultScheme, o => o.ForwardDefaultSelector = http =>
                ApiKeyAuthentication.PresentsApiKey(http.Request) ? ApiKeyAuthentication.Scheme : IdentityConstants.ApplicationScheme)
            .AddMuhtarApiKeys()
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.AddScoped<AuthenticationStateProvider, AuthStateRevalidation>();
        services.AddScoped<CircuitHandler, TenantCircuitHandler>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "muhtar.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/access-denied";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        // The API answers with problems; only pages are sent to the login form.
        o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
            ? WriteProblemAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, "Auth.Unauthenticated")
            : Redirect(ctx);
        o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request)
            ? WriteProblemAsync(ctx.HttpContext, StatusCodes.Status403Forbidden, "Auth.Forbidden")
            : Redirect(ctx);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task WriteProblemAsync(HttpContext http, int status, string titleKey)
    {
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = l[titleKey] },
        });
    }
}
