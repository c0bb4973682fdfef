namespace Muhtar.Privacy.Requests;

/// <summary>POST /api/v1/privacy/requests. <c>type</c>: export | erasure | rectification; <c>channel</c>: see <see cref="PrivacyRequestNames"/>.</summary>
public sealed record CreatePrivacyRequest(Guid? CustomerId, string? Type, string? Channel, DateOnly? RequestedOn, string? Note);

/// <summary>POST /api/v1/privacy/requests/{id}/reject.</summary>
public sealed record RejectPrivacyRequest(string? Reason);

public sealed record PrivacyRequestResponse(
    Guid Id,
    Guid CustomerId,
    string? CustomerName,
    string Type,
    string Channel,
    DateOnly RequestedOn,
    DateOnly DueOn,
    int DaysLeft,
    bool IsOverdue,
    string Status,
    string? Note,
    string? RejectionReason,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? HandledAt,
    string? HandledBy);

public sealed record PrivacyRequestPage(IReadOnlyList<PrivacyRequestResponse> Items, int Page, int PageSize, int Total);
