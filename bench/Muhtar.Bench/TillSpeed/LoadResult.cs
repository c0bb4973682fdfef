namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// What one load phase measured: every latency, the answers by status code (0 = no answer: timeout or
/// connection error), how long it ran, and for open loops how late the generator started requests.
/// </summary>
internal sealed record LoadResult(
    string Name,
    LatencyHistogram Latencies,
    IReadOnlyDictionary<int, int> Statuses,
    TimeSpan Elapsed,
    double TargetRate,
    double MaxStartLagMs)
{
    public int Completed => Latencies.Count;

    public int Succeeded => Statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);

    /// <summary>Answers per second over the whole phase, first scheduled start to last answer.</summary>
    public double AchievedRate => Completed / Elapsed.TotalSeconds;

    public string StatusSummary => string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {s.Value:N0}"));
}
