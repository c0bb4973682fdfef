namespace Muhtar.Messaging.Providers;

/// <summary>How a provider answered one send.</summary>
/// <param name="ProviderMessageId">The provider's id for the message (job id, wamid, Message-Id), when it gave one.</param>
/// <param name="Answer">The provider's answer as text, shown to admins ("00 123456", HTTP 429 ...).</param>
internal sealed record ProviderSendResult(ProviderSendOutcome Outcome, string? ProviderMessageId, string Answer);
