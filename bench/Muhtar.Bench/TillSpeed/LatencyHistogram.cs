using System.Diagnostics;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// Every latency of a phase kept as a <see cref="Stopwatch"/> tick count, sorted once at the end. At the
/// benchmark's sizes (60,000 samples a minute) a plain array is exact and small, so no bucketing error.
/// Percentiles use the nearest-rank rule: p is the smallest sample with at least p % of samples at or below it.
/// </summary>
internal sealed class LatencyHistogram
{
    private long[] _ticks;
    private int _count;
    private bool _sorted;

    public LatencyHistogram(int capacity = 1024) => _ticks = new long[Math.Max(1, capacity)];

    public int Count => _count;

    /// <summary>Adds one sample. Not thread-safe: each load worker records into its own histogram, merged after.</summary>
    public void Record(long ticks)
    {
        if (_count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _ticks.Length * 2);
        }

        _ticks[_count++] = ticks;
        _sorted = false;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < other._count; i++)
        {
            Record(other._ticks[i]);
        }
    }

    /// <summary>The nearest-rank percentile in milliseconds (<paramref name="percent"/> in (0, 100]); NaN when empty.</summary>
    public double PercentileMs(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (_count == 0)
        {
            return double.NaN;
        }

        Sort();
        var rank = (int)Math.Ceiling(percent / 100 * _count);
        return ToMs(_ticks[Math.Clamp(rank, 1, _count) - 1]);
    }

    public double MaxMs => PercentileMs(100);

    public double MeanMs
    {
        get
        {
            double sum = 0;
            for (var i = 0; i < _count; i++)
            {
                sum += _ticks[i];
            }

            return _count == 0 ? double.NaN : ToMs(sum / _count);
        }
    }

    public static double ToMs(double ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private void Sort()
    {
        if (!_sorted)
        {
            Array.Sort(_ticks, 0, _count);
            _sorted = true;
        }
    }
}
