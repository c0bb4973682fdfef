namespace Muhtar.Customers.Duplicates;

/// <summary>
/// Scores a pair from 0 to 100 with its reasons. The name gives the base (equal 60, close 30–40), a name
/// that is common in the business counts 30 less (two "Mehmet Yılmaz" in a chain are rarely one person),
/// and every independent agreement adds (birth date 25, e-mail user 20, phone one digit apart 15,
/// address 15; an identical phone or e-mail 40). Below <see cref="Threshold"/> a pair is not proposed, so
/// a merely close name ("Ayşe" / "Aysel Kaya" are usually two people) needs a second agreement.
/// </summary>
internal static class DuplicateScorer
{
    public const int Threshold = 50;

    public const double SimilarNameCutoff = 0.9;

    public const int AddressPoints = 15;

    private const int CommonNamePenalty = 30;

    public static (int Score, List<string> Reasons)? Score(DuplicateProfile a, DuplicateProfile b, bool commonName)
    {
        if (a.Kind != b.Kind || a.Id == b.Id || a.Folded.Length == 0 || b.Folded.Length == 0)
        {
            return null;
        }

        var reasons = new List<string>();
        int score;
        if (a.Folded == b.Folded || a.WordKey == b.WordKey)
        {
            score = 60;
            reasons.Add(DuplicateReasons.SameName);
        }
        else
        {
            var similarity = JaroWinkler.Similarity(a.Folded, b.Folded);
            if (similarity < SimilarNameCutoff)
            {
                return null;
            }

            score = 30 + (int)Math.Round((similarity - SimilarNameCutoff) * 100);
            reasons.Add(DuplicateReasons.SimilarName);
        }

        if (commonName)
        {
            score -= CommonNamePenalty;
            reasons.Add(DuplicateReasons.CommonName);
        }

        if (a.Phone is not null && a.Phone == b.Phone)
        {
            score += 40;
            reasons.Add(DuplicateReasons.SamePhone);
        }
        else if (OneDigitApart(a.Phone, b.Phone))
        {
            score += 15;
            reasons.Add(DuplicateReasons.SimilarPhone);
        }

        if (a.Email is not null && string.Equals(a.Email, b.Email, StringComparison.OrdinalIgnoreCase))
        {
            score += 40;
            reasons.Add(DuplicateReasons.SameEmail);
        }
        else if (a.EmailUser is not null && a.EmailUser == b.EmailUser)
        {
            score += 20;
            reasons.Add(DuplicateReasons.SameEmailUser);
        }

        if (a.BirthDate is not null && a.BirthDate == b.BirthDate)
        {
            score += 25;
            reasons.Add(DuplicateReasons.SameBirthDate);
        }

        return (Math.Clamp(score, 0, 100), reasons);
    }

    /// <summary>Adds the address agreement to a scored pair.</summary>
    public static int WithAddress(int score, List<string> reasons)
    {
        reasons.Add(DuplicateReasons.SameAddress);
        return Math.Min(100, score + AddressPoints);
    }

    private static bool OneDigitApart(string? a, string? b)
    {
        if (a is null || b is null || a.Length != b.Length)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length && differences < 2; i++)
        {
            if (a[i] != b[i])
            {
                differences++;
            }
        }

        return differences == 1;
    }
}
