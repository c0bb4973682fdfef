using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Search;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Customers;

/// <summary>Entity to the shapes the outside sees; tags in Turkish alphabetical order.</summary>
internal static class CustomerMapping
{
    private static readonly StringComparer TurkishOrder = StringComparer.Create(TurkishText.Turkish, ignoreCase: true);

    public static CustomerResponse ToResponse(Customer c) => new(
        c.Id,
        KindName(c.Kind),
        c.FirstName,
        c.LastName,
        c.CompanyName,
        c.DisplayName,
        c.Phone,
        c.Email,
        GenderName(c.Gender),
        c.BirthDate,
        c.CardNumber,
        TagNames(c),
        c.ExternalIds.OrderBy(x => x.System, StringComparer.Ordinal).ToDictionary(x => x.System, x => x.Value),
        c.ParentCompanyId,
        c.IsArchived,
        c.ArchivedAt is { } archived ? Utc(archived) : null,
        Utc(c.CreatedAt),
        Utc(c.UpdatedAt));

    public static CustomerSummary ToSummary(Customer c) => new(
        c.Id, KindName(c.Kind), c.FirstName, c.LastName, c.CompanyName, c.DisplayName, c.Phone, c.Email,
        GenderName(c.Gender), c.BirthDate, c.CardNumber, TagNames(c), c.IsArchived, Utc(c.CreatedAt), Utc(c.UpdatedAt));

    /// <summary>The customer's current values as a request, for merging a PATCH into.</summary>
    public static CustomerRequest ToRequest(Customer c) => new(
        KindName(c.Kind), c.FirstName, c.LastName, c.CompanyName, c.Phone, c.Email, GenderName(c.Gender), c.BirthDate,
        c.CardNumber, c.ExternalIds.ToDictionary(x => x.System, x => x.Value), c.Tags.Select(t => t.Name).ToList(), c.ParentCompanyId);

    public static CustomerDraft ToDraft(Customer c) => new(
        c.Kind, c.FirstName, c.LastName, c.CompanyName, c.Phone, c.Email, c.Gender, c.BirthDate, c.CardNumber,
        c.ParentCompanyId, c.ExternalIds.ToDictionary(x => x.System, x => x.Value), c.Tags.Select(t => t.Name).ToList());

    public static string KindName(CustomerKind kind) => kind == CustomerKind.Company ? "company" : "person";

    public static string? GenderName(Gender? gender) => gender switch
    {
        Gender.Female => "female",
        Gender.Male => "male",
        _ => null,
    };

    public static IReadOnlyList<string> SortTags(IEnumerable<string> tags) => tags.Order(TurkishOrder).ToList();

    private static IReadOnlyList<string> TagNames(Customer c) => SortTags(c.Tags.Select(t => t.Name));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
