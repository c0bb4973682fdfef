namespace Muhtar.Customers.Customers;

/// <summary>A person (kişi) or a company (firma); persons may be contacts of a company.</summary>
internal enum CustomerKind
{
    Person = 1,
    Company = 2,
}
