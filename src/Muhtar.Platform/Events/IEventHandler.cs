namespace Muhtar.Platform.Events;

/// <summary>
/// Reacts to a domain event after the change that raised it was committed. Runs in its own DI scope with
/// the event's tenant set. Delivery is at least once (a retry after a crash or another handler's failure
/// runs it again), so a handler must be safe to run twice: a unique row per side effect makes "once" true.
/// Register with <see cref="EventServiceCollectionExtensions.AddEventHandler{TEvent, THandler}"/>.
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent e, EventContext context, CancellationToken cancellationToken);
}
