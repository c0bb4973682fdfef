namespace Muhtar.Customers.Customers;

/// <summary>Used for salutations ("Ahmet Bey", "Ayşe Hanım"); unknown is null.</summary>
internal enum Gender
{
    Female = 1,
    Male = 2,
}
