using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Export;

/// <summary>One customer's exported values, read without tracking; tags and external ids are filled per chunk.</summary>
internal sealed record ExportRow(
    Guid Id,
    CustomerKind Kind,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? Phone,
    string? Email,
    Gender? Gender,
    DateOnly? BirthDate,
    string? CardNumber,
    bool IsArchived,
    DateTime CreatedAt)
{
    public string Tags { get; set; } = "";

    public string ExternalIds { get; set; } = "";
}
