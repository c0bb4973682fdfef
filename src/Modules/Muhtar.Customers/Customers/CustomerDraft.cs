namespace Muhtar.Customers.Customers;

/// <summary>
/// A customer's complete, validated and normalised values (phone in E.164, trimmed names, folded tags):
/// what <see cref="CustomerValidator"/> produces and <see cref="Customer.Apply"/> accepts.
/// </summary>
internal sealed record CustomerDraft(
    CustomerKind Kind,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? Phone,
    string? Email,
    Gender? Gender,
    DateOnly? BirthDate,
    string? CardNumber,
    Guid? ParentCompanyId,
    IReadOnlyDictionary<string, string> ExternalIds,
    IReadOnlyList<string> Tags)
{
    public string DisplayName => Kind == CustomerKind.Company
        ? CompanyName ?? ""
        : NonEmpty(string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrEmpty(n)))) ?? Phone ?? "";

    // A person enrolled at a till with only a phone is listed by that phone until a name is given.
    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;
}
