namespace Muhtar.Privacy.Requests;

/// <summary>The API's spelling of request types, channels and statuses (lower camel case, as elsewhere in the API).</summary>
public static class PrivacyRequestNames
{
    public static readonly IReadOnlyDictionary<string, PrivacyRequestType> Types = new Dictionary<string, PrivacyRequestType>(StringComparer.OrdinalIgnoreCase)
    {
        ["export"] = PrivacyRequestType.Export,
        ["erasure"] = PrivacyRequestType.Erasure,
        ["rectification"] = PrivacyRequestType.Rectification,
    };

    public static readonly IReadOnlyDictionary<string, PrivacyRequestChannel> Channels = new Dictionary<string, PrivacyRequestChannel>(StringComparer.OrdinalIgnoreCase)
    {
        ["inPerson"] = PrivacyRequestChannel.InPerson,
        ["letter"] = PrivacyRequestChannel.Letter,
        ["email"] = PrivacyRequestChannel.Email,
        ["phone"] = PrivacyRequestChannel.Phone,
        ["kep"] = PrivacyRequestChannel.Kep,
        ["web"] = PrivacyRequestChannel.Web,
    };

    public static readonly IReadOnlyDictionary<string, PrivacyRequestStatus> Statuses = new Dictionary<string, PrivacyRequestStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = PrivacyRequestStatus.Open,
        ["completed"] = PrivacyRequestStatus.Completed,
        ["rejected"] = PrivacyRequestStatus.Rejected,
    };

    public static string Of(PrivacyRequestType type) => Types.First(p => p.Value == type).Key;

    public static string Of(PrivacyRequestChannel channel) => Channels.First(p => p.Value == channel).Key;

    public static string Of(PrivacyRequestStatus status) => Statuses.First(p => p.Value == status).Key;
}
