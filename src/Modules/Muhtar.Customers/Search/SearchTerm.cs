using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Customers;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Search;

/// <summary>
/// What a search box entry means (C3): a phone in any written form, an e-mail, or words of a name
/// (each matched as a word prefix, Turkish-insensitive); card numbers and external ids match exactly
/// in every case but e-mail.
/// </summary>
internal sealed record SearchTerm(SearchTermKind Kind, string Raw, string? Phone, string? Email, IReadOnlyList<string> Words, string? CardNumber)
{
    // Fewer digits than this is not a whole phone number ("532" should search names, cards and ids).
    private const int MinPhoneDigits = 7;

    private const int MaxWords = 5;

    public static readonly SearchTerm None = new(SearchTermKind.None, "", null, null, [], null);

    public static SearchTerm Classify(string? input, IPhoneNormalizer phones)
    {
        var raw = input?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return None;
        }

        if (raw.Contains('@'))
        {
            return new(SearchTermKind.Email, raw, null, raw.ToLowerInvariant(), [], null);
        }

        var card = CustomerValidator.NormalizeCardNumber(raw);
        var cardNumber = card.Length is > 0 and <= CustomerConfiguration.MaxCardNumberLength && card.All(char.IsAsciiLetterOrDigit) ? card : null;
        if (LooksLikePhone(raw) && phones.TryNormalize(raw, out var e164))
        {
            return new(SearchTermKind.Phone, raw, e164, null, [], cardNumber);
        }

        var words = TurkishText.Words(raw).Select(CustomerSearchToken.Clip).Take(MaxWords).ToList();
        return new(SearchTermKind.Text, raw, null, null, words, cardNumber);
    }

    private static bool LooksLikePhone(string raw) =>
        raw.All(Phones.PhoneNormalizer.IsPhoneCharacter) && raw.Count(char.IsAsciiDigit) >= MinPhoneDigits;
}
