namespace Muhtar.Privacy.Requests;

/// <summary>What the person asked for under KVKK Art. 11.</summary>
public enum PrivacyRequestType
{
    /// <summary>"What do you hold about me?": answered with an export (JSON and a readable page).</summary>
    Export = 1,

    /// <summary>"Delete me": personal values are anonymised everywhere; sales totals stay.</summary>
    Erasure = 2,

    /// <summary>"Correct this": what to correct is noted as free text; staff edit the customer, then complete it.</summary>
    Rectification = 3,
}
