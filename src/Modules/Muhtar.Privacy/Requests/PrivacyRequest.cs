using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Privacy.Requests;

/// <summary>
/// A data subject's request under KVKK (C7): export, erasure or rectification of what the business holds
/// about one customer. The law gives the business 30 days from the person's request (Art. 13), so the due
/// date follows from the date the person made it, not from when staff typed it in. Only
/// <see cref="PrivacyRequestService"/> changes it; every status change is audited (no personal values).
/// </summary>
internal sealed class PrivacyRequest : ITenantScoped, IAudited
{
    public const int AnswerWithinDays = 30;
    public const int MaxNoteLength = 2000;
    public const int MaxReasonLength = 1000;

    private PrivacyRequest()
    {
    }

    public PrivacyRequest(Guid customerId, PrivacyRequestType type, PrivacyRequestChannel channel, DateOnly requestedOn, string? note,
        Guid? userId, string? actor, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Type = type;
        Channel = channel;
        RequestedOn = requestedOn;
        DueOn = requestedOn.AddDays(AnswerWithinDays);
        Note = note;
        Status = PrivacyRequestStatus.Open;
        CreatedAt = now;
        CreatedByUserId = userId;
        CreatedBy = actor;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public PrivacyRequestType Type { get; private set; }

    public PrivacyRequestChannel Channel { get; private set; }

    /// <summary>The day the person made the request (may be before it was entered).</summary>
    public DateOnly RequestedOn { get; private set; }

    /// <summary><see cref="RequestedOn"/> + 30 days: the last day to answer.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Free text: what to correct, or how the person identified themselves. Cleared when the person is erased.</summary>
    public string? Note { get; private set; }

    public PrivacyRequestStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Guid? CreatedByUserId { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTime? HandledAt { get; private set; }

    public Guid? HandledByUserId { get; private set; }

    public string? HandledBy { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == PrivacyRequestStatus.Open && today > DueOn;

    public void Complete(Guid? userId, string? actor, DateTime now)
    {
        Status = PrivacyRequestStatus.Completed;
        Handle(userId, actor, now);
    }

    public void Reject(string reason, Guid? userId, string? actor, DateTime now)
    {
        Status = PrivacyRequestStatus.Rejected;
        RejectionReason = reason;
        Handle(userId, actor, now);
    }

    private void Handle(Guid? userId, string? actor, DateTime now)
    {
        HandledAt = now;
        HandledByUserId = userId;
        HandledBy = actor;
    }
}
