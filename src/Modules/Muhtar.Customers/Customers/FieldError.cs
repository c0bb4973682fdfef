namespace Muhtar.Customers.Customers;

/// <summary>One problem with one field, named as in the API ("phone", "firstName").</summary>
internal sealed record FieldError(string Field, string Message);
