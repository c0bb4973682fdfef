namespace Muhtar.Integrations.Webhooks;

/// <summary>A webhook to create (all fields) or change (only what is sent).</summary>
internal sealed record WebhookRequest(string? Url, string? Description, IReadOnlyList<string>? Events, bool? Enabled);

/// <summary>A webhook as the API shows it; <see cref="Secret"/> only in the answer that made or rotated it.</summary>
internal sealed record WebhookResponse(
    Guid Id, string Url, string? Description, IReadOnlyList<string> Events, bool Enabled, string SecretHint,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? Secret = null);

internal sealed record WebhookList(IReadOnlyList<WebhookResponse> Items, IReadOnlyList<string> AvailableEvents);

internal sealed record WebhookDeliveryResponse(
    Guid Id, Guid? WebhookId, string Url, string Event, string Status, int Attempts, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt, int? LastStatusCode, string? LastResponse, int? LastDurationMs, DateTimeOffset CreatedAt);

internal sealed record WebhookDeliveryList(IReadOnlyList<WebhookDeliveryResponse> Items);

internal sealed record WebhookSecretResponse(string Secret);
