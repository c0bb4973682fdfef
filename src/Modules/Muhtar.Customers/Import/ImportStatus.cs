namespace Muhtar.Customers.Import;

/// <summary>Where an import is in its flow: upload → map → dry run → run.</summary>
internal enum ImportStatus
{
    /// <summary>The file is stored and readable; columns may be mapped.</summary>
    Uploaded = 1,

    /// <summary>A dry run is queued or running.</summary>
    Analysing = 2,

    /// <summary>The dry-run report is ready; the import may be run.</summary>
    Analysed = 3,

    /// <summary>The import is queued or running (resumes from its checkpoint after a crash).</summary>
    Running = 4,

    Completed = 5,

    /// <summary>The job gave up (dead-lettered); what was committed stays, the error says why.</summary>
    Failed = 6,
}
