namespace Muhtar.Abstractions.Messaging;

/// <summary>
/// A message a module wants sent to one customer. Either <paramref name="TemplateId"/> (rendered for the
/// customer with <paramref name="Variables"/>) or <paramref name="Body"/> (and <paramref name="Subject"/> for
/// e-mail) is given.
/// </summary>
/// <param name="DedupeKey">
/// What makes it the same message ("appointment:{id}:reminder-24h", "rule-run:{id}:step:2"). Queueing a key
/// that exists returns the existing message, so callers that run twice still send once.
/// </param>
/// <param name="NotBefore">Earliest send time (UTC); null means now.</param>
/// <param name="Source">Who asked, for the timeline and reports ("automation", "appointments", "manual").</param>
public sealed record OutgoingMessage(
    Guid CustomerId,
    MessageChannel Channel,
    MessagePurpose Purpose,
    string DedupeKey,
    Guid? TemplateId = null,
    string? Body = null,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Variables = null,
    DateTime? NotBefore = null,
    string? Source = null);
