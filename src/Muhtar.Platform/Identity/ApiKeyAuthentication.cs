using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Platform.Identity;

public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>Adds the "ApiKey" scheme (Bearer API keys) to the host's authentication.</summary>
    public static AuthenticationBuilder AddMuhtarApiKeys(this AuthenticationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyVerifier>();
        return builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, displayName: null, _ => { });
    }

    /// <summary>True when the request presents a Bearer token, which only API keys use.</summary>
    public static bool PresentsApiKey(Microsoft.AspNetCore.Http.HttpRequest request) => ApiKeyAuthenticationHandler.HasBearer(request);
}
