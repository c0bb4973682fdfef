namespace Muhtar.Customers.Duplicates;

/// <summary>One customer of a candidate pair, as the list shows it.</summary>
internal sealed record DuplicateCustomer(Guid Id, string Kind, string DisplayName, string? Phone, string? Email, DateOnly? BirthDate, DateTimeOffset CreatedAt);

/// <summary>A candidate group (today always a pair) with its score and the reasons.</summary>
internal sealed record DuplicateGroupResponse(Guid Id, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<DuplicateCustomer> Customers);

/// <summary>When the list was last computed, and whether a scan is waiting to run.</summary>
internal sealed record DuplicateScanStatus(DateTimeOffset? LastScanAt, int? LastScanCustomers, int? LastScanCandidates);

/// <summary>The answer to "does this new customer look like an existing one?" (entry warning).</summary>
internal sealed record PossibleDuplicate(Guid Id, string DisplayName, string? Phone, string? Email, IReadOnlyList<string> Reasons);
