using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Duplicates;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.Bench;

/// <summary>The duplicate scan (C4) over the seeded business: time, peak memory, candidates, and recall of the planted twins.</summary>
internal static class DuplicateScanBench
{
    public const int PlantEvery = 1000;

    /// <summary>
    /// For one in every <see cref="PlantEvery"/> rows: gives it a birth date and adds a twin with the name in
    /// Turkish capitals ("Şükrü Öztürk" → "ŞÜKRÜ ÖZTÜRK"), another phone, no e-mail and the same birth date.
    /// </summary>
    public static IEnumerable<Customer> PlantTwins(List<Customer> rows, int start, List<(Guid Original, Guid Twin)> twins, DateTime now)
    {
        var added = new List<Customer>();
        for (var i = 0; i < rows.Count; i++)
        {
            var n = start + i;
            if (n % PlantEvery != 0)
            {
                continue;
            }

            var original = rows[i];
            var birth = new DateOnly(1960, 1, 1).AddDays(n / PlantEvery % 15_000);
            var withBirth = new CustomerDraft(CustomerKind.Person, original.FirstName, original.LastName, null, original.Phone, original.Email,
                original.Gender, birth, original.CardNumber, null, new Dictionary<string, string>(), []);
            original.Apply(withBirth);
            var twin = new Customer(
                new CustomerDraft(CustomerKind.Person, original.FirstName!.ToUpper(TurkishText.Turkish), original.LastName!.ToUpper(TurkishText.Turkish), null,
                    $"+90533{n:D7}", null, original.Gender, birth, null, null, new Dictionary<string, string>(), []),
                now);
            added.Add(twin);
            twins.Add((original.Id, twin.Id));
        }

        return added;
    }

    public static async Task RunAsync(IServiceProvider services, List<(Guid Original, Guid Twin)> planted)
    {
        var detector = services.GetRequiredService<DuplicateDetector>();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peakHeap = heapBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(50, CancellationToken.None);
            }
        });
        var watch = Stopwatch.StartNew();
        var scan = await detector.ScanAsync();
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;

        await using var db = await services.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var pairs = (await db.Set<DuplicateCandidate>().AsNoTracking().Select(d => new { d.FirstId, d.SecondId }).ToListAsync())
            .Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var found = planted.Count(p => pairs.Contains(DuplicatePair.Order(p.Original, p.Twin)));

        Console.WriteLine();
        Console.WriteLine($"| duplicate scan ({scan.CustomersScanned:N0} customers) | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| wall time | {watch.Elapsed.TotalSeconds:F1} s |");
        Console.WriteLine($"| candidates stored | {scan.CandidatesFound:N0} |");
        Console.WriteLine($"| planted twins found | {found:N0} of {planted.Count:N0} |");
        Console.WriteLine($"| managed heap during the scan, peak | {peakHeap / (1024 * 1024):N0} MiB (before: {heapBefore / (1024 * 1024):N0} MiB) |");
        if (found < planted.Count * 95 / 100)
        {
            throw new InvalidOperationException($"The scan found only {found} of {planted.Count} planted duplicates");
        }
    }
}
