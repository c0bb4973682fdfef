namespace Muhtar.Customers.Duplicates;

/// <summary>Why two customers look like one: stable codes stored with a candidate and shown translated.</summary>
internal static class DuplicateReasons
{
    /// <summary>The folded names are equal ("Ahmet Yılmaz" = "AHMET YILMAZ" = "ahmet yilmaz"), in any word order.</summary>
    public const string SameName = "sameName";

    /// <summary>The folded names are close (Jaro-Winkler), e.g. a typo: "Mehmet Demir" / "Mehmet Demirr".</summary>
    public const string SimilarName = "similarName";

    /// <summary>The name is common in this business, so it counts for less.</summary>
    public const string CommonName = "commonName";

    public const string SameBirthDate = "sameBirthDate";

    /// <summary>The e-mail addresses have the same user part at different domains (ahmet.yilmaz@…).</summary>
    public const string SameEmailUser = "sameEmailUser";

    /// <summary>Same E.164 phone (possible between a new entry and an existing customer).</summary>
    public const string SamePhone = "samePhone";

    /// <summary>Same e-mail, compared case-insensitively (possible between a new entry and an existing customer).</summary>
    public const string SameEmail = "sameEmail";

    /// <summary>The phone numbers differ in one digit, a typical typo.</summary>
    public const string SimilarPhone = "similarPhone";

    /// <summary>The first addresses are the same once folded (street line and city).</summary>
    public const string SameAddress = "sameAddress";
}
