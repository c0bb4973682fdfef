using Muhtar.Customers.Addresses;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Customers;

/// <summary>
/// One real person or company of a business (C1). Only <see cref="CustomerService"/> changes it; values
/// arrive already validated and normalised (<see cref="CustomerDraft"/>), and the derived search and
/// sort keys are recomputed here so they can never drift from the names.
/// </summary>
internal sealed partial class Customer : ITenantScoped, IAudited
{
    private readonly List<CustomerTag> _tags = [];
    private readonly List<CustomerExternalId> _externalIds = [];
    private readonly List<CustomerAddress> _addresses = [];
    private readonly List<CustomerSearchToken> _searchTokens = [];

    private Customer()
    {
    }

    public Customer(CustomerDraft draft, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        UpdatedAt = now;
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public CustomerKind Kind { get; private set; }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public string? CompanyName { get; private set; }

    /// <summary>"Ahmet Yılmaz" for a person, the company name for a company; derived.</summary>
    public string DisplayName { get; private set; } = "";

    /// <summary>E.164, unique per business: the customer's key (C2).</summary>
    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public Gender? Gender { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    /// <summary>Loyalty card number, unique per business (C3).</summary>
    public string? CardNumber { get; private set; }

    /// <summary>For a person who is a contact of a company.</summary>
    public Guid? ParentCompanyId { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Folded display name ("ahmet yilmaz"), for matching and duplicate detection only.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Ordinal-sortable Turkish alphabetical key of the display name (see <see cref="TurkishText.SortKey"/>).</summary>
    public string SortName { get; private set; } = "";

    public string? EmailNormalized { get; private set; }

    public IReadOnlyList<CustomerTag> Tags => _tags;

    public IReadOnlyList<CustomerExternalId> ExternalIds => _externalIds;

    public IReadOnlyList<CustomerAddress> Addresses => _addresses;

    public IReadOnlyList<CustomerSearchToken> SearchTokens => _searchTokens;

    /// <summary>Sets every field to the draft's; children (tags, external ids) are reconciled, not replaced wholesale.</summary>
    public void Apply(CustomerDraft draft)
    {
        Kind = draft.Kind;
        FirstName = draft.FirstName;
        LastName = draft.LastName;
        CompanyName = draft.CompanyName;
        Phone = draft.Phone;
        Email = draft.Email;
        EmailNormalized = draft.Email?.ToLowerInvariant();
        Gender = draft.Gender;
        BirthDate = draft.BirthDate;
        CardNumber = draft.CardNumber;
        ParentCompanyId = draft.ParentCompanyId;
        DisplayName = draft.DisplayName;
        SearchName = TurkishText.Fold(DisplayName);
        SortName = TurkishText.SortKey(DisplayName);
        ReconcileTags(draft.Tags);
        ReconcileExternalIds(draft.ExternalIds);
        ReconcileSearchTokens();
    }

    public void Touch(DateTime now) => UpdatedAt = now;

    public void Archive(DateTime now)
    {
        IsArchived = true;
        ArchivedAt = now;
        UpdatedAt = now;
    }

    public void Unarchive(DateTime now)
    {
        IsArchived = false;
        ArchivedAt = null;
        UpdatedAt = now;
    }
}
