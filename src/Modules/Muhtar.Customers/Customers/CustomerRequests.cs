using System.Text.Json;

namespace Muhtar.Customers.Customers;

/// <summary>
/// The body of POST /api/v1/customers (and the shape of a PATCH, where every member is optional and
/// an explicit null clears it). Values are raw as sent; <see cref="CustomerValidator"/> normalises them.
/// No tenant or owner id: those come from who is signed in.
/// </summary>
internal sealed record CustomerRequest(
    string? Kind = null,
    string? FirstName = null,
    string? LastName = null,
    string? CompanyName = null,
    string? Phone = null,
    string? Email = null,
    string? Gender = null,
    DateOnly? BirthDate = null,
    string? CardNumber = null,
    IReadOnlyDictionary<string, string>? ExternalIds = null,
    IReadOnlyList<string>? Tags = null,
    Guid? ParentCompanyId = null)
{
    /// <summary>Custom field key → value (see <see cref="CustomFields.CustomFieldValueParser.TryRead"/>).</summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }
}

/// <summary>The public Customer (../shared/API.md) plus external ids, parent company and archive state.</summary>
internal sealed record CustomerResponse(
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
    IReadOnlyDictionary<string, string> ExternalIds,
    Guid? ParentCompanyId,
    bool IsArchived,
    DateTimeOffset? ArchivedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The values of the business's active custom fields: key → string, number, "yyyy-MM-dd", bool or list of options.</summary>
    public IReadOnlyDictionary<string, object?> CustomFields { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A page of any list: <c>{ items, page, pageSize, total }</c>.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

internal sealed record TagRequest(string? Tag);
