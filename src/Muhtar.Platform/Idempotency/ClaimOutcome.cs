namespace Muhtar.Platform.Idempotency;

internal enum ClaimOutcome
{
    /// <summary>This request owns the key now and must run.</summary>
    Run,

    /// <summary>The same request finished before: replay its response.</summary>
    Replay,

    /// <summary>The same key is being processed right now.</summary>
    InFlight,

    /// <summary>The key was used for a different request.</summary>
    OtherRequest,
}
