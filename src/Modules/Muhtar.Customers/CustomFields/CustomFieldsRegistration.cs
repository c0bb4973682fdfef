using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Customers.CustomFields.Pages;
using Muhtar.Customers.Tags;

namespace Muhtar.Customers.CustomFields;

/// <summary>The services of custom fields and tag colours, and the customer-page panel showing the values.</summary>
internal static class CustomFieldsRegistration
{
    public static IServiceCollection AddCustomFields(this IServiceCollection services)
    {
        services.AddSingleton<CustomFieldValueParser>();
        services.AddScoped<CustomFieldCatalog>();
        services.AddScoped<CustomFieldValues>();
        services.AddScoped<CustomFieldFilterReader>();
        services.AddScoped<TagCatalog>();
        services.AddSingleton(new CustomerPagePanel(typeof(CustomFieldsPanel), 5));
        services.AddScoped<ICustomerMergeParticipant, CustomFieldMergeParticipant>();
        services.AddScoped<IPersonalDataHolder, CustomFieldPersonalData>();
        return services;
    }
}
