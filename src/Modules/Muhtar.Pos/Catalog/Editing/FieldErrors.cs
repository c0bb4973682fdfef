using Muhtar.Platform.Errors;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>Problems found while checking a request, by field ("items[3].price"), in the order found.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Single-record requests answer with the first problem, like every other endpoint (one RuleViolation).</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            var (field, messages) = _errors.First();
            throw new RuleViolation(field, messages[0]);
        }
    }
}
