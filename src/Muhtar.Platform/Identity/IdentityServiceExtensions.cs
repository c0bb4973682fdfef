using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

internal static class IdentityServiceExtensions
{
    /// <summary>
    /// People (ASP.NET Core Identity over the one context), API keys and the tenant use cases. Shared by the
    /// web host and the operator command line; the host adds the cookie and API-key schemes on top.
    /// </summary>
    public static IServiceCollection AddMuhtarIdentity(this IServiceCollection services)
    {
        services.AddLocalization();
        // SignInManager needs the scheme provider even where no scheme is used (the command line).
        services.AddAuthentication();
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MuhtarDbContext>()
            .AddSignInManager<MuhtarSignInManager>()
            .AddClaimsPrincipalFactory<MuhtarClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<AppUser>>();
        services.TryAddScoped<ITwoFactorSecurityStampValidator, TwoFactorSecurityStampValidator<AppUser>>();
        // Deactivation and role changes renew the security stamp, so the person's cookie stops working within this
        // interval and they sign in again with their current rights.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddScoped<TenantOnboarding>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IdentityErrorTranslator>();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = PasswordRules.MinimumLength;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 10;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        o.SignIn.RequireConfirmedAccount = false;
    }
}
