using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Security;

/// <summary>
/// ASP.NET Core Data Protection with its key ring in the database: every instance behind the load balancer
/// (and every restart) reads the same keys, so a cookie issued by one instance and a channel password
/// encrypted by another can be read by all. The application name is fixed so the keys do not depend on
/// the folder the app runs from.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "Muhtar";

    public static IServiceCollection AddMuhtarDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<MuhtarDbContext>();
        return services;
    }
}
