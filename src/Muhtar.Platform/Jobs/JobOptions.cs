namespace Muhtar.Platform.Jobs;

/// <summary>Bound from the <c>Jobs</c> configuration section.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>False stops the polling loops (jobs still queue up); <see cref="JobWorker.RunOnceAsync"/> still works.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim holds a job; a worker that dies releases it when this runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Lease owner name; defaults to machine, process and a random suffix, unique per worker.</summary>
    public string? WorkerId { get; set; }

    /// <summary>Completed jobs without a dedupe key are deleted after this long.</summary>
    public TimeSpan CompletedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Completed jobs with a dedupe key are kept this long: until then the key still blocks a re-enqueue.</summary>
    public TimeSpan DedupedRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often a worker deletes old completed jobs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Workers in this process; by default 1 on SQLite (one writer anyway) and 2 on PostgreSQL.</summary>
    public int? Workers { get; set; }
}
