using Muhtar.Ledger.Book;

namespace Muhtar.Ledger.Api;

/// <summary>Either customerId or phone (any written form); enrol=true creates a customer for an unknown phone.
/// Amount in lira (150.50), as everywhere in the API; stored as kuruş.</summary>
internal sealed record PostEntryRequest(Guid? CustomerId, string? Phone, bool? Enrol, string? Kind, decimal? Amount, string? Note);

internal sealed record ReminderRequest(string? Channel);

internal sealed record EntryResponse(Guid Id, Guid CustomerId, string Kind, decimal Amount, string? Note, Guid? ReversesId, DateTime RecordedAt, string? EnteredBy)
{
    public static EntryResponse From(CreditEntry e) => new(e.Id, e.CustomerId, e.Kind.ToString().ToLowerInvariant(), e.AmountKurus / 100m, e.Note,
        e.ReversesId, DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc), e.EnteredBy);
}

internal sealed record PostedResponse(EntryResponse Entry, decimal Balance);

internal sealed record AccountResponse(Guid CustomerId, string DisplayName, decimal Balance, IReadOnlyList<EntryResponse> Entries);

internal sealed record DebtorResponse(Guid CustomerId, string DisplayName, string? Phone, decimal Balance, DateTime? Since);

internal sealed record DebtorList(IReadOnlyList<DebtorResponse> Items, int Count, decimal Total);

internal sealed record ReminderResponse(Guid MessageId, string Body);
