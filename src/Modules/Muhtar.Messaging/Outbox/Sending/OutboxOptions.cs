namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>Bound from <c>Messaging:Outbox</c>. Polling follows <c>Jobs:Enabled</c> unless set here.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    public bool? Enabled { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim holds a message. Far longer than any provider call may take, so a live worker never
    /// loses a message mid-call; a dead worker's messages come back when it runs out.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sending workers in this process; by default 1 on SQLite and 2 on PostgreSQL.</summary>
    public int? Workers { get; set; }

    public string? WorkerId { get; set; }

    /// <summary>Sent messages without a report this long are asked about (providers that can be polled).</summary>
    public TimeSpan PollReportsAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a worker polls providers for missing delivery reports.</summary>
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reports are no longer asked for after this long.</summary>
    public TimeSpan PollReportsFor { get; set; } = TimeSpan.FromDays(3);
}
