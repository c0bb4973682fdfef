using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;

namespace Muhtar.Platform.Events;

/// <summary>Delivers outbox rows of one event type to every registered <see cref="IEventHandler{TEvent}"/>.</summary>
internal sealed class EventInvoker<TEvent> : IJobInvoker
    where TEvent : class
{
    public JobKind Kind => JobKind.Event;

    public Type ClrType => typeof(TEvent);

    public string TypeName { get; } = JobTypeName.Of(typeof(TEvent));

    public async Task InvokeAsync(IServiceProvider services, ClaimedJob job, CancellationToken cancellationToken)
    {
        var handlers = services.GetServices<IEventHandler<TEvent>>().ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        var e = JsonSerializer.Deserialize<TEvent>(job.Payload, MuhtarDbContext.PayloadJson)
            ?? throw new InvalidOperationException($"Job {job.Id} has an empty {TypeName} payload.");
        var context = new EventContext(job.Id, job.TenantId, job.Attempts);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(e, context, cancellationToken);
        }
    }
}
