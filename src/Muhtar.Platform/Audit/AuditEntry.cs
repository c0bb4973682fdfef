using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Audit;

/// <summary>One field change (or a create/delete) by someone at some time. Append-only.</summary>
public sealed class AuditEntry : ITenantScoped
{
    private AuditEntry()
    {
    }

    public AuditEntry(string entityType, Guid entityId, AuditAction action, string? field, string? oldValue, string? newValue,
        Guid? userId, string? actor, DateTime at)
    {
        Id = Guid.CreateVersion7();
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        UserId = userId;
        Actor = actor;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    public string? Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public Guid? UserId { get; private set; }

    public string? Actor { get; private set; }

    public DateTime At { get; private set; }
}
