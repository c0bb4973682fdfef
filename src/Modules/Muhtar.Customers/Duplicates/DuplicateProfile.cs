using Muhtar.Customers.Customers;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Duplicates;

/// <summary>What duplicate matching compares of one customer: folded keys only, never the stored spelling.</summary>
internal sealed record DuplicateProfile(Guid Id, CustomerKind Kind, string Name, string? Phone, string? Email, DateOnly? BirthDate)
{
    /// <summary>The name's words sorted, so "Yılmaz Ahmet" and "Ahmet Yılmaz" match.</summary>
    public string WordKey { get; } = string.Join(' ', TurkishText.Fold(Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    public string Folded { get; } = TurkishText.Fold(Name);

    /// <summary>The part of the e-mail before @, lower case; null when absent or too short to mean anything.</summary>
    public string? EmailUser { get; } = Email is { } e && e.IndexOf('@', StringComparison.Ordinal) is var at and >= 4
        ? e[..at].ToLowerInvariant()
        : null;

    public static DuplicateProfile Of(Customer c) => new(c.Id, c.Kind, c.DisplayName, c.Phone, c.EmailNormalized, c.BirthDate);
}
