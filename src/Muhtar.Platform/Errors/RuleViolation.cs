namespace Muhtar.Platform.Errors;

/// <summary>
/// A business rule the request broke. Mapped once to an RFC 7807 problem naming the field
/// (422 by default, 409 for conflicts with stored data).
/// </summary>
public sealed class RuleViolation(string field, string message, int status = 422) : Exception(message)
{
    public string Field { get; } = field;

    public int Status { get; } = status;

    /// <summary>Extra members for the problem body, e.g. <c>existingCustomerId</c>.</summary>
    public Dictionary<string, object?> Extensions { get; } = [];

    public RuleViolation With(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }
}
