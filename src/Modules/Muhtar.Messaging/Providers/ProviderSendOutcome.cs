namespace Muhtar.Messaging.Providers;

internal enum ProviderSendOutcome
{
    /// <summary>Taken for delivery.</summary>
    Accepted,

    /// <summary>The provider already has this correlation id: a retry of a send that went through. Counts as success.</summary>
    Duplicate,

    /// <summary>Try again later: 5xx, 429, timeout, connection refused.</summary>
    RetryLater,

    /// <summary>Will never go through as it is: bad number, bad credentials, unapproved template.</summary>
    Rejected,
}
