namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// Wait before the next try after a provider said "later": 1, 2, 4, 8, 16 minutes... capped at 2 hours, plus up
/// to 20% jitter so a gateway coming back is not hit by every waiting message in the same second.
/// </summary>
internal static class OutboxBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Max = TimeSpan.FromHours(2);

    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public static TimeSpan After(int attempts, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var delay = First * Math.Pow(2, exponent);
        delay = delay < Max ? delay : Max;
        return delay + (delay * 0.2 * Math.Clamp(jitter, 0, 1));
    }
}
