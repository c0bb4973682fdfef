using Muhtar.Platform.Identity;

namespace Muhtar.Scheduling.Pages;

/// <summary>Authorisation policy names the pages use; the same permissions the API checks.</summary>
internal static class SchedulingPolicies
{
    public const string Configure = Permissions.PolicyPrefix + Permissions.AppointmentsConfigure;

    public const string Book = Permissions.PolicyPrefix + Permissions.AppointmentsBook;
}
