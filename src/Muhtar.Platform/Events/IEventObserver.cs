namespace Muhtar.Platform.Events;

/// <summary>
/// Sees every event any module publishes, by its stored type name and JSON payload, whether or not a typed
/// <see cref="IEventHandler{TEvent}"/> exists (automation rules trigger on "any event"). Runs after the typed
/// handlers, in the same DI scope acting for the event's tenant. Delivery is at least once, like handlers.
/// Register with <see cref="EventServiceCollectionExtensions.AddEventObserver{TObserver}"/>.
/// </summary>
public interface IEventObserver
{
    Task ObserveAsync(ObservedEvent e, CancellationToken cancellationToken);
}

/// <summary>An outbox event as stored: <paramref name="Type"/> is the CLR full name, <paramref name="Payload"/> web-cased JSON.</summary>
public sealed record ObservedEvent(string Type, string Payload, EventContext Context);
