using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Idempotency;

/// <summary>
/// The first response to a POST carrying an Idempotency-Key, kept so a retry replays it (Stripe's
/// semantics). Keyed by business, caller and key, so two integrations never collide.
/// </summary>
public sealed class IdempotencyRecord : ITenantScoped
{
    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string caller, string key, string requestHash, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Caller = caller;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The API key id or user id that sent the request.</summary>
    public string Caller { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of method, path, query and body: another body under the same key is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public int ResponseStatus { get; private set; }

    public string? ResponseContentType { get; private set; }

    public string? ResponseLocation { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public void Complete(int status, string? contentType, string? location, byte[] body, DateTime at)
    {
        ResponseStatus = status;
        ResponseContentType = contentType;
        ResponseLocation = location;
        ResponseBody = body;
        CompletedAt = at;
    }
}
