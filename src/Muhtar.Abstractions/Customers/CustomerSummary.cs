namespace Muhtar.Abstractions.Customers;

/// <summary>
/// A customer as other modules see it; the same shape as the public API's Customer
/// (kind "person"|"company", gender "female"|"male"|null, phone in E.164).
/// </summary>
public sealed record CustomerSummary(
    Guid Id,
    string Kind,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string DisplayName,
    string? Phone,
    string? Email,
    string? Gender,
    DateOnly? BirthDate,
    string? CardNumber,
    IReadOnlyList<string> Tags,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
