using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Export;
using Muhtar.Platform.Jobs;

namespace Muhtar.Customers.Import;

internal static class ImportServiceCollectionExtensions
{
    /// <summary>Import (C6) and export of customers; files and limits from <c>Customers:Import</c>.</summary>
    public static IServiceCollection AddCustomerImportExport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        services.AddSingleton<ImportFileStore>();
        services.AddSingleton<ImportInspector>();
        services.AddSingleton<ImportRowParser>();
        services.AddScoped<ImportProcessor>();
        services.AddScoped<CustomerImportService>();
        services.AddScoped<CustomerExporter>();
        services.AddJobHandler<ImportRunTask, ImportJobHandler>();
        services.AddJobHandler<ImportDryRunTask, ImportJobHandler>();
        services.AddJobHandler<ImportConsentTask, ImportConsentHandler>();
        return services;
    }
}
