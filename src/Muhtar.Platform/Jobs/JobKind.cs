namespace Muhtar.Platform.Jobs;

public enum JobKind
{
    /// <summary>A domain event written in the same transaction as the change that raised it.</summary>
    Event = 1,

    /// <summary>Scheduled or deferred work with a due time.</summary>
    Task = 2,
}
