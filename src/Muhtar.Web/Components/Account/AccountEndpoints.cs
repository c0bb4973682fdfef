using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Muhtar.Platform.Identity;

namespace Muhtar.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout (the header's form, with its antiforgery token). A plain endpoint because signing
    /// out must change the cookie in a real HTTP response, whatever page the form sits on.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(returnUrl is null ? "/account/login" : LocalUrl.OrHome(returnUrl));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
