namespace Muhtar.Customers.Addresses;

internal sealed record AddressRequest(string? Label = null, string? Line = null, string? District = null, string? City = null, string? PostalCode = null);

internal sealed record AddressResponse(Guid Id, string? Label, string Line, string? District, string? City, string? PostalCode)
{
    public static AddressResponse From(CustomerAddress a) => new(a.Id, a.Label, a.Line, a.District, a.City, a.PostalCode);
}
