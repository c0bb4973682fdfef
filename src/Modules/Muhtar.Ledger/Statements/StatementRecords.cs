using Muhtar.Ledger.Api;

namespace Muhtar.Ledger.Statements;

/// <summary>One line of a statement: the entry and the balance right after it.</summary>
internal sealed record StatementLine(EntryResponse Entry, decimal Balance);

/// <summary>A customer's month: what they owed at its start, each entry with the running balance, what they owed at its end.
/// <paramref name="From"/> is inclusive, <paramref name="To"/> exclusive (UTC instants of local midnights).</summary>
internal sealed record StatementResponse(
    Guid CustomerId, string DisplayName, string? Phone, string Business, string Month, DateTime From, DateTime To,
    decimal OpeningBalance, IReadOnlyList<StatementLine> Entries, decimal ClosingBalance);

internal sealed record StatementSendRequest(string? Channel);

/// <summary><paramref name="AlreadySent"/>: this month's statement had been queued before, so nothing new went out.</summary>
internal sealed record StatementSentResponse(Guid MessageId, bool AlreadySent, string Body);
