namespace Muhtar.Privacy.Requests;

public enum PrivacyRequestStatus
{
    Open = 1,
    Completed = 2,
    Rejected = 3,
}
