using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Channels.Pages;

/// <summary>Authorisation policy names the messaging pages use; the same permissions the API checks.</summary>
internal static class MessagingPolicies
{
    public const string Configure = Permissions.PolicyPrefix + Permissions.MessagingConfigure;
    public const string Read = Permissions.PolicyPrefix + Permissions.MessagingRead;
}
