namespace Muhtar.Customers.Duplicates;

/// <summary>One customer of a candidate pair, as the list shows it.</summary>
internal sealed record DuplicateCustomer(Guid Id, string Kind, string DisplayName, string? Phone, string? Email, DateOnly? BirthDate, DateTimeOffset CreatedAt);

/// <summary>A candidate group (today always a pair) with its score and the reasons.</summary>
internal sealed record DuplicateGroupResponse(Guid Id, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<DuplicateCustomer> Customers);

/// <summary>One candidate pair inside a group, with its own score and reasons.</summary>
internal sealed record DuplicatePairResponse(Guid Id, Guid FirstId, Guid SecondId, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Customers connected through candidate pairs (A~B, B~C): every member, each pair's score and reasons, the
/// best score and all reasons. <see cref="Id"/> is the id of the group's best pair.
/// </summary>
internal sealed record DuplicateClusterResponse(
    Guid Id, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<DuplicateCustomer> Customers, IReadOnlyList<DuplicatePairResponse> Pairs);

/// <summary>When the list was last computed, and whether a scan is waiting to run.</summary>
internal sealed record DuplicateScanStatus(DateTimeOffset? LastScanAt, int? LastScanCustomers, int? LastScanCandidates);

/// <summary>The answer to "does this new customer look like an existing one?" (entry warning).</summary>
internal sealed record PossibleDuplicate(Guid Id, string DisplayName, string? Phone, string? Email, IReadOnlyList<string> Reasons);
