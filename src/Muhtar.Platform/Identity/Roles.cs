namespace Muhtar.Platform.Identity;

/// <summary>Staff roles (I5). Names are stable identifiers; their labels are localised.</summary>
public static class Roles
{
    public const string Owner = "Owner";
    public const string Manager = "Manager";
    public const string Sales = "Sales";
    public const string Agent = "Agent";
    public const string Clerk = "Clerk";
    public const string Technician = "Technician";
    public const string Marketer = "Marketer";

    public static readonly IReadOnlyList<string> All = [Owner, Manager, Sales, Agent, Clerk, Technician, Marketer];
}
