namespace Muhtar.Privacy.Requests;

/// <summary>How the request reached the business (KVKK lets the person apply in writing, by KEP, e-mail or in person).</summary>
public enum PrivacyRequestChannel
{
    InPerson = 1,
    Letter = 2,
    Email = 3,
    Phone = 4,
    Kep = 5,
    Web = 6,
}
