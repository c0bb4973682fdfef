using System.Diagnostics;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// Drives a phase. Open loop: request i is due at start + i / rate whatever happened to earlier ones, and its
/// latency runs from that due time, so a stall shows up in every request it delayed (no coordinated omission).
/// Closed loop: N clients each send the next request when the last answered, to find the maximum throughput.
/// <c>send</c> returns the HTTP status (or any code the caller chooses); a thrown exception counts as "no answer".
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> OpenLoopAsync(string name, double rate, TimeSpan duration, Func<int, Task<int>> send)
    {
        var total = (int)Math.Round(rate * duration.TotalSeconds);
        var latencies = new long[total];
        var statuses = new int[total];
        var tasks = new Task[total];
        var interval = Stopwatch.Frequency / rate;
        var errors = new FirstError();
        long maxLag = 0;
        var start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100);
        var scheduled = new TaskCompletionSource();

        // Its own thread, not the pool: a busy pool must not delay the schedule (it delays the requests, which
        // is measured). It sleeps between due times instead of spinning, because the server shares the two cores.
        var scheduler = new Thread(() =>
        {
            var next = 0;
            while (next < total)
            {
                var now = Stopwatch.GetTimestamp();
                while (next < total && start + (long)(next * interval) <= now)
                {
                    var due = start + (long)(next * interval);
                    maxLag = Math.Max(maxLag, now - due);
                    tasks[next] = RunAsync(next, due);
                    next++;
                }

                if (next < total)
                {
                    Thread.Sleep(1);
                }
            }

            scheduled.SetResult();
        })
        { IsBackground = true, Name = "open-loop scheduler" };
        scheduler.Start();
        await scheduled.Task;
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);

        var histogram = new LatencyHistogram(total);
        foreach (var ticks in latencies)
        {
            histogram.Record(ticks);
        }

        errors.Print(name);
        return new LoadResult(name, histogram, Count(statuses), elapsed, rate, LatencyHistogram.ToMs(maxLag));

        async Task RunAsync(int i, long due)
        {
            statuses[i] = await SendOnceAsync(send, i, errors);
            latencies[i] = Stopwatch.GetTimestamp() - due;
        }
    }

    public static async Task<LoadResult> ClosedLoopAsync(string name, int clients, TimeSpan duration, Func<int, int, Task<int>> send)
    {
        var errors = new FirstError();
        var start = Stopwatch.GetTimestamp();
        var stopAt = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            var histogram = new LatencyHistogram(4096);
            var statuses = new List<int>(4096);
            for (var i = 0; Stopwatch.GetTimestamp() < stopAt; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                statuses.Add(await SendOnceAsync(s => send(worker, s), i, errors));
                histogram.Record(Stopwatch.GetTimestamp() - sent);
            }

            return (histogram, statuses);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(start);

        var all = new LatencyHistogram(results.Sum(r => r.histogram.Count));
        foreach (var (histogram, _) in results)
        {
            all.Add(histogram);
        }

        errors.Print(name);
        return new LoadResult(name, all, Count(results.SelectMany(r => r.statuses)), elapsed, double.NaN, 0);
    }

    private static async Task<int> SendOnceAsync(Func<int, Task<int>> send, int i, FirstError errors)
    {
        try
        {
            return await send(i);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or Npgsql.NpgsqlException)
        {
            // Counted as "no answer" in the phase's status table; the first one is printed so it can be diagnosed.
            errors.Keep(e);
            return 0;
        }
    }

    private static Dictionary<int, int> Count(IEnumerable<int> statuses) =>
        statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

    private sealed class FirstError
    {
        private Exception? _first;

        public void Keep(Exception e) => Interlocked.CompareExchange(ref _first, e, null);

        public void Print(string phase)
        {
            if (_first is not null)
            {
                Console.WriteLine($"  {phase}: first failed request: {_first.GetType().Name}: {_first.Message}");
            }
        }
    }
}
