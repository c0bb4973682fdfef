using System.Text.Json;
using Muhtar.Platform.Jobs;

namespace Muhtar.Platform.Data;

public sealed partial class MuhtarDbContext
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Writes a domain event to the outbox; it is stored by the same SaveChanges as the change that raised
    /// it and dispatched to every <c>IEventHandler&lt;T&gt;</c> by the job workers.
    /// </summary>
    public void Publish<TEvent>(TEvent @event, string? dedupeKey = null)
        where TEvent : class =>
        Add(new Job(JobKind.Event, JobTypeName.Of(typeof(TEvent)), JsonSerializer.Serialize(@event, PayloadJson),
            Tenant.HasTenant ? Tenant.TenantId : null, Time.GetUtcNow().UtcDateTime, Time.GetUtcNow().UtcDateTime, dedupeKey));

    /// <summary>Schedules work due at <paramref name="dueAt"/>; a second enqueue with the same dedupe key is refused by the database.</summary>
    public void Enqueue<TTask>(TTask task, DateTime dueAt, string? dedupeKey = null, int maxAttempts = 10)
        where TTask : class =>
        Add(new Job(JobKind.Task, JobTypeName.Of(typeof(TTask)), JsonSerializer.Serialize(task, PayloadJson),
            Tenant.HasTenant ? Tenant.TenantId : null, dueAt, Time.GetUtcNow().UtcDateTime, dedupeKey, maxAttempts));
}
