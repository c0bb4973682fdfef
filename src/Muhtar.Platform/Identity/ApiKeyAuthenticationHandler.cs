using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>
/// Authenticates <c>Authorization: Bearer mk_...</c>. The principal carries the key's business, its name as the
/// actor for the audit trail, one claim per scope and, for a till key, its store and till codes; unknown or revoked keys are answered with a 401 problem.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier,
    IProblemDetailsService problems,
    IStringLocalizer<SharedResource> l)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var key = await verifier.FindActiveAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var actor = "apikey:" + key.Name;
        List<Claim> claims =
        [
            new(MuhtarClaims.TenantId, key.TenantId.ToString()),
            new(MuhtarClaims.Actor, actor),
            new(MuhtarClaims.ApiKeyId, key.Id.ToString()),
            new(ClaimTypes.Name, actor),
            .. key.Scopes.Select(s => new Claim(MuhtarClaims.Scope, s)),
        ];
        // A till key carries where it sells; the till endpoints hold a request to these (P1, P2).
        if (key.StoreCode is not null)
        {
            claims.Add(new Claim(MuhtarClaims.StoreCode, key.StoreCode));
        }

        if (key.TillCode is not null)
        {
            claims.Add(new Claim(MuhtarClaims.TillCode, key.TillCode));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer");
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, l["Auth.ApiKeyInvalid"]);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, l["Auth.Forbidden"]);

    private async Task WriteProblemAsync(int status, string title)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
