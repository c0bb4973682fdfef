using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Data;

/// <summary>
/// The send ledger (messaging_send_ledger): one row per message, written by the worker holding the message's
/// lease right before it hands the message to a provider, and completed with the provider's answer. A row
/// whose <see cref="Handovers"/> is above one means the message was handed over again under the same
/// correlation id (after a crash or an expired lease), which the provider answers as a duplicate.
/// </summary>
internal sealed class SendLedgerEntry : ITenantScoped
{
    private SendLedgerEntry()
    {
    }

    public Guid MessageId { get; private set; }

    public Guid TenantId { get; private set; }

    public string ProviderKey { get; private set; } = "";

    /// <summary>How many times the message was handed to a provider (1 normally).</summary>
    public int Handovers { get; private set; }

    public DateTime FirstHandedAt { get; private set; }

    public DateTime LastHandedAt { get; private set; }

    public string? LastWorker { get; private set; }

    /// <summary>The answer to the last handover (Accepted, Duplicate, RetryLater, Rejected); null while the call is in flight or never came back.</summary>
    public string? Outcome { get; private set; }

    public DateTime? CompletedAt { get; private set; }
}
