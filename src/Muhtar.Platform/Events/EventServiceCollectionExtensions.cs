using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Platform.Jobs;

namespace Muhtar.Platform.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Registers a handler (scoped) for <typeparamref name="TEvent"/> and records the event's stored type name,
    /// so the job workers can turn outbox rows of that type back into <typeparamref name="TEvent"/>.
    /// Several handlers of one event all run, in registration order.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class
        where THandler : class, IEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEventHandler<TEvent>, THandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobInvoker, EventInvoker<TEvent>>());
        return services;
    }

    /// <summary>Registers an observer (scoped) that sees every published event after its typed handlers.</summary>
    public static IServiceCollection AddEventObserver<TObserver>(this IServiceCollection services)
        where TObserver : class, IEventObserver
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEventObserver, TObserver>());
        return services;
    }
}
