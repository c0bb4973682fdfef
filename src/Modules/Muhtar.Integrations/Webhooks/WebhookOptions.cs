namespace Muhtar.Integrations.Webhooks;

/// <summary>Settings under "Webhooks".</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Lets webhooks reach loopback addresses (127.0.0.0/8, ::1, localhost). ONLY for the test host, whose
    /// receiver listens on 127.0.0.1; every other forbidden range stays forbidden. Off by default.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }

    /// <summary>Attempts per delivery (the first one included) before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second attempt; doubles after each failure (1, 2, 4, 8, 16 minutes by default).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a receiver has to answer, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
