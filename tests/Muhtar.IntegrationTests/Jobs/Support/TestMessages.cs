namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>An event with two handlers.</summary>
public sealed record NoteAdded(string Key, string Text);

/// <summary>An event nobody handles.</summary>
public sealed record NobodyListens(string Key);

/// <summary>A task whose handler counts runs per key.</summary>
public sealed record CountedTask(string Key);

/// <summary>A task whose handler throws while <see cref="JobTestLog.Failing"/> is set.</summary>
public sealed record FlakyTask(string Key);

/// <summary>A task with no handler registered.</summary>
public sealed record OrphanTask(string Key);

/// <summary>A task whose handler runs until it is cancelled, like work cut short by a shutdown.</summary>
public sealed record BlockingTask(string Key);
