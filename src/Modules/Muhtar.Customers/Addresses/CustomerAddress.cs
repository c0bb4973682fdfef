using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Addresses;

/// <summary>A postal address of a customer; a customer may have several (home, work, delivery).</summary>
internal sealed class CustomerAddress : ITenantScoped
{
    public const int MaxLabelLength = 50;
    public const int MaxLineLength = 300;
    public const int MaxPlaceLength = 100;
    public const int MaxPostalCodeLength = 20;

    private CustomerAddress()
    {
    }

    public CustomerAddress(Guid customerId, AddressDraft draft, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Label = draft.Label;
        Line = draft.Line;
        District = draft.District;
        City = draft.City;
        PostalCode = draft.PostalCode;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string? Label { get; private set; }

    public string Line { get; private set; } = "";

    /// <summary>İlçe.</summary>
    public string? District { get; private set; }

    /// <summary>İl.</summary>
    public string? City { get; private set; }

    public string? PostalCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public AddressDraft ToDraft() => new(Label, Line, District, City, PostalCode);
}
