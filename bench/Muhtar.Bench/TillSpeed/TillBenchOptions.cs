using System.Globalization;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// `--till` and its settings. Defaults are the issue's targets: 1,000,000 customers, 10,000,000 receipt
/// lines, lookups at 1,000/s and receipts at 300/s for 60 s each, maximum throughput with 16 clients.
/// `--keep` leaves the seeded database on the server; `--reuse &lt;database&gt;` runs the phases on such a
/// database (on the server MUHTAR_TEST_PG names) instead of seeding a new one; `--seed-only` seeds, keeps and stops.
/// </summary>
internal sealed record TillBenchOptions(
    int Customers,
    long Lines,
    double LookupRate,
    double ReceiptRate,
    int Seconds,
    int WarmupSeconds,
    int MaxSeconds,
    int Clients,
    bool StandIn,
    bool SkipReceipts,
    bool Keep,
    string? Reuse,
    bool SeedOnly)
{
    public static TillBenchOptions Parse(string[] args) => new(
        (int)Number(args, "--customers", 1_000_000),
        Number(args, "--lines", 10_000_000),
        Number(args, "--rate", 1_000),
        Number(args, "--receipt-rate", 300),
        (int)Number(args, "--seconds", 60),
        (int)Number(args, "--warmup", 10),
        (int)Number(args, "--max-seconds", 20),
        (int)Number(args, "--clients", 16),
        args.Contains("--stand-in"),
        args.Contains("--no-receipts"),
        args.Contains("--keep") || args.Contains("--seed-only"),
        Text(args, "--reuse"),
        args.Contains("--seed-only"));

    public override string ToString() =>
        (Reuse is null ? $"--customers {Customers} --lines {Lines} " : $"--reuse {Reuse} ") + $"--rate {LookupRate} --receipt-rate {ReceiptRate} --seconds {Seconds} " +
        $"--warmup {WarmupSeconds} --max-seconds {MaxSeconds} --clients {Clients}{(StandIn ? " --stand-in" : "")}{(SkipReceipts ? " --no-receipts" : "")}";

    private static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static long Number(string[] args, string name, long fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
