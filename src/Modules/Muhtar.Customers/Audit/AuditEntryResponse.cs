namespace Muhtar.Customers.Audit;

/// <summary>One line of a customer's audit trail (I7): who, when, what field, old → new.</summary>
internal sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset At,
    string? Actor,
    string Action,
    string? Field,
    string? OldValue,
    string? NewValue);
