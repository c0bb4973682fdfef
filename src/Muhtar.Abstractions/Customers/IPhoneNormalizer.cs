using System.Diagnostics.CodeAnalysis;

namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Turns a phone number as people write it ("0532 123 45 67", "+90 (532) 123-4567", "5321234567")
/// into E.164 ("+905321234567"), Turkey being the default region (C2). Every module that takes a phone
/// (the till, bookings, imports) normalises through this so the same person is always the same key.
/// </summary>
public interface IPhoneNormalizer
{
    /// <summary>True and the E.164 form when <paramref name="input"/> is a valid number; false otherwise.</summary>
    bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164);

    /// <summary>How a person reads a stored number: national format for Turkish numbers ("0532 123 45 67"), international otherwise.</summary>
    string Format(string e164);
}
