using System.Diagnostics;
using System.Globalization;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// Prints each phase as a row of one markdown table, with what else the machine was doing: the one-minute
/// load average when the phase ended, and the cores the server process and this process (the load
/// generator) used on average during it.
/// </summary>
internal sealed class PhaseReport(AppServer server)
{
    private readonly List<string> _rows = [];

    public async Task<LoadResult> MeasureAsync(Func<Task<LoadResult>> phase)
    {
        var serverCpu = server.CpuTime;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await phase();
        var seconds = clock.Elapsed.TotalSeconds;
        var serverCores = (server.CpuTime - serverCpu).TotalSeconds / seconds;
        var benchCores = (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalSeconds / seconds;
        var h = result.Latencies;
        var target = double.IsNaN(result.TargetRate) ? "max" : Format(result.TargetRate, "N0") + "/s";
        _rows.Add($"| {result.Name} | {target} | {Format(result.AchievedRate, "N0")} | {result.Completed:N0} ({result.StatusSummary}) | " +
            $"{Format(h.PercentileMs(50))} | {Format(h.PercentileMs(90))} | {Format(h.PercentileMs(99))} | {Format(h.MaxMs)} | " +
            $"{Format(serverCores)} | {Format(benchCores)} | {LoadAverage()} |");
        Console.WriteLine(_rows[^1]);
        return result;
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("| phase | target | achieved /s | answers (by status) | p50 ms | p90 ms | p99 ms | max ms | server cores | generator cores | load avg |");
        Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in _rows)
        {
            Console.WriteLine(row);
        }
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Format(double value, string format = "F2") => value.ToString(format, CultureInfo.InvariantCulture);
}
