namespace Muhtar.Customers.Addresses;

/// <summary>A validated, trimmed address ("Ev", "Atatürk Cad. No 5", "Kadıköy", "İstanbul", "34710").</summary>
internal sealed record AddressDraft(string? Label, string Line, string? District, string? City, string? PostalCode)
{
    public override string ToString() =>
        string.Join(", ", new[] { Label, Line, District, City, PostalCode }.Where(p => !string.IsNullOrEmpty(p)));
}
