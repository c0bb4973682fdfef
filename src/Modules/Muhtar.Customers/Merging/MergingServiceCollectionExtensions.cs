using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Duplicates;
using Muhtar.Platform.Jobs;

namespace Muhtar.Customers.Merging;

internal static class MergingServiceCollectionExtensions
{
    /// <summary>Duplicate detection, merging, this module's merge participants and the merge timeline.</summary>
    public static IServiceCollection AddCustomerMerging(this IServiceCollection services)
    {
        services.AddScoped<DuplicateService>();
        services.AddScoped<DuplicateDetector>();
        services.AddScoped<CustomerMergeService>();
        services.AddJobHandler<DuplicateScanTask, DuplicateScanHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, NotesMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, TagsMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, AddressesMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, ContactsMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, ExternalIdsMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, SearchTokensMergeParticipant>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITimelineSource, MergeTimelineSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Muhtar.Abstractions.Privacy.IPersonalDataHolder, MergePersonalData>());
        return services;
    }
}
