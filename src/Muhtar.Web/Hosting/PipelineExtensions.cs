using Microsoft.AspNetCore.Localization;
using Muhtar.Platform.RateLimiting;
using Muhtar.Web.Components;
using Muhtar.Web.Components.Account;
using Scalar.AspNetCore;

namespace Muhtar.Web.Hosting;

internal static class PipelineExtensions
{
    public static WebApplication UseMuhtarPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMuhtarApiGuards();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapMuhtarWeb(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Muhtar API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGet("/culture", (string c, string? redirectUri, HttpContext http) =>
        {
            var culture = WebServiceExtensions.SupportedCultures.FirstOrDefault(x => x.Name == c) ?? WebServiceExtensions.SupportedCultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') ? redirectUri : "/");
        }).ExcludeFromDescription();
        app.MapAccountEndpoints();
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(Modules.PageAssemblies);
        return app;
    }
}
