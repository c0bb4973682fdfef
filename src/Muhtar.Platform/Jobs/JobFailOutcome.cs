namespace Muhtar.Platform.Jobs;

internal enum JobFailOutcome
{
    /// <summary>Another worker holds the job now (our lease expired and it was claimed again): nothing changed.</summary>
    LeaseLost,

    /// <summary>Rescheduled after an exponential backoff.</summary>
    RetryScheduled,

    /// <summary>Attempts ran out: the job is dead-lettered until an admin retries it.</summary>
    DeadLettered,
}
