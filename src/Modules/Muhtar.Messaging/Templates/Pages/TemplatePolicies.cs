using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Templates.Pages;

/// <summary>The template pages need the permission the writing endpoints check.</summary>
internal static class TemplatePolicies
{
    public const string Write = Permissions.PolicyPrefix + Permissions.MessagingTemplates;
}
