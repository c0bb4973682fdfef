namespace Muhtar.Platform.Jobs;

/// <summary>
/// How long a failed job waits before its next attempt: 10 s, 20 s, 40 s ... doubling, capped at one hour.
/// No jitter: the lease already spreads retries across workers, and a deterministic delay keeps tests exact.
/// </summary>
internal static class JobBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Max = TimeSpan.FromHours(1);

    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    public static TimeSpan After(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var delay = First * Math.Pow(2, exponent);
        return delay < Max ? delay : Max;
    }
}
