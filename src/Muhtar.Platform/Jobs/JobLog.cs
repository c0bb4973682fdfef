using Microsoft.Extensions.Logging;

namespace Muhtar.Platform.Jobs;

/// <summary>Job log lines. They name the job, never its payload: payloads may hold personal data.</summary>
internal static partial class JobLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Job {JobId} ({JobType}) failed on attempt {Attempt}; outcome {Outcome}")]
    public static partial void JobFailed(ILogger logger, Exception exception, Guid jobId, string jobType, int attempt, JobFailOutcome outcome);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Job {JobId} ({JobType}) ran but worker {WorkerId} had lost its lease; the new owner will run it again")]
    public static partial void LeaseLost(ILogger logger, Guid jobId, string jobType, string workerId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Job worker {WorkerId} could not poll for jobs")]
    public static partial void PollFailed(ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Job worker {WorkerId} started, polling every {Interval}")]
    public static partial void WorkerStarted(ILogger logger, string workerId, TimeSpan interval);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information,
        Message = "Job {JobId} ({JobType}) given back by worker {WorkerId} on shut-down")]
    public static partial void Released(ILogger logger, Guid jobId, string jobType, string workerId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Worker {WorkerId} deleted {Count} old completed jobs")]
    public static partial void Purged(ILogger logger, int count, string workerId);
}
