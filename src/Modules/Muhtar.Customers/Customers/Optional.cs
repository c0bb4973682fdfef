namespace Muhtar.Customers.Customers;

/// <summary>A PATCH member: absent (leave as is) or present with a value, which may be null (clear it).</summary>
internal readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;

    public static Optional<T> Of(T value) => new(true, value);

    public T Or(T current) => IsSet ? Value : current;
}
