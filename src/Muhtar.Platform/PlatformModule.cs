using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.RateLimiting;
using Muhtar.Platform.Security;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform;

public static class PlatformModule
{
    /// <summary>Database, tenancy, errors, time and authorisation: what every module relies on.</summary>
    public static IServiceCollection AddMuhtarPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var database = ReadDatabaseOptions(configuration);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddDbContextFactory<MuhtarDbContext>(o => o.UseMuhtarDatabase(database), ServiceLifetime.Scoped);

        services.AddProblemDetails();
        services.AddMuhtarRateLimiting(configuration);
        services.AddExceptionHandler<RuleViolationHandler>();

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();

        services.AddMuhtarIdentity();
        services.AddMuhtarDataProtection();
        services.AddScoped<TenantDirectory>();
        services.AddScoped<IPersonalDataHolder, AuditTrailPersonalData>();
        services.AddScoped<IPersonalDataHolder, OutboxPersonalData>();
        services.AddMuhtarJobs(configuration);
        return services;
    }

    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p)
            ? p
            : DatabaseProvider.Sqlite;
        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = configuration.GetConnectionString("Muhtar") ?? "Data Source=App_Data/muhtar.db",
        };
    }
}
