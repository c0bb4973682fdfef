using Muhtar.Consent.Ledger;

namespace Muhtar.Consent.Api;

/// <summary>
/// POST /customers/{id}/consents: one decision (the members at the top level) or many
/// (<see cref="Decisions"/>). Missing <see cref="DecidedAt"/> means "just now"; missing source means "api".
/// </summary>
internal sealed record ConsentRequest(
    string? Channel, string? Status, string? Source, DateTimeOffset? DecidedAt, string? Evidence,
    IReadOnlyList<ConsentItemRequest>? Decisions);

internal sealed record ConsentItemRequest(string? Channel, string? Status, string? Source, DateTimeOffset? DecidedAt, string? Evidence);

internal sealed record ConsentsResponse(IReadOnlyList<ChannelConsentResponse> Current, IReadOnlyList<ConsentLineResponse> History)
{
    public static ConsentsResponse From(ConsentOverview overview) =>
        new(
            overview.Current.Select(c => new ChannelConsentResponse(
                ConsentWire.Name(c.Channel),
                c.Status is { } s ? ConsentWire.Name(s) : null,
                c.Source is { } src ? ConsentWire.Name(src) : null,
                c.Since is { } at ? Utc(at) : null)).ToList(),
            overview.History.Select(l => new ConsentLineResponse(
                l.Id, ConsentWire.Name(l.Channel), ConsentWire.Name(l.Status), ConsentWire.Name(l.Source),
                Utc(l.DecidedAt), Utc(l.RecordedAt), l.Evidence, l.EnteredBy)).ToList());

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

/// <summary>The decision that counts for a channel; status null when never decided.</summary>
internal sealed record ChannelConsentResponse(string Channel, string? Status, string? Source, DateTimeOffset? DecidedAt);

internal sealed record ConsentLineResponse(
    Guid Id, string Channel, string Status, string Source, DateTimeOffset DecidedAt, DateTimeOffset RecordedAt,
    string? Evidence, string? EnteredBy);
