using System.Xml.Linq;

namespace Muhtar.IntegrationTests;

/// <summary>Modules cooperate through Abstractions and events only (../shared/DESIGN.md).</summary>
public sealed class ArchitectureTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void A_module_references_no_other_module()
    {
        var modules = ModuleProjects();
        Assert.NotEmpty(modules);
        foreach (var module in modules)
        {
            var offending = ProjectReferences(module).Where(r => r.Contains("/Modules/", StringComparison.Ordinal)).ToList();
            Assert.True(offending.Count == 0, $"{Path.GetFileName(module)} references other modules: {string.Join(", ", offending)}");
        }
    }

    [Fact]
    public void Platform_and_abstractions_reference_no_module()
    {
        foreach (var project in new[] { "src/Muhtar.Platform/Muhtar.Platform.csproj", "src/Muhtar.Abstractions/Muhtar.Abstractions.csproj" })
        {
            var references = ProjectReferences(Path.Combine(Root, project));
            Assert.DoesNotContain(references, r => r.Contains("/Modules/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Compiled_module_assemblies_reference_no_other_module_assembly()
    {
        var moduleNames = ModuleProjects().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var loaded = new[]
        {
            typeof(Customers.CustomersModule).Assembly, typeof(Muhtar.Pos.PosModule).Assembly,
            typeof(Muhtar.Privacy.PrivacyModule).Assembly, typeof(Muhtar.Consent.ConsentModule).Assembly,
            typeof(Muhtar.Messaging.MessagingModule).Assembly, typeof(Muhtar.Automation.AutomationModule).Assembly,
            typeof(Muhtar.Integrations.IntegrationsModule).Assembly, typeof(Muhtar.Loyalty.LoyaltyModule).Assembly,
            typeof(Muhtar.Scheduling.SchedulingModule).Assembly, typeof(Muhtar.Ledger.LedgerModule).Assembly, typeof(Muhtar.WorkOrders.WorkOrdersModule).Assembly,
        };
        foreach (var assembly in loaded)
        {
            var others = assembly.GetReferencedAssemblies().Select(a => a.Name).Where(n => n != assembly.GetName().Name && moduleNames.Contains(n));
            Assert.Empty(others);
        }
    }

    private static List<string> ModuleProjects() =>
        Directory.GetFiles(Path.Combine(Root, "src", "Modules"), "*.csproj", SearchOption.AllDirectories).ToList();

    private static List<string> ProjectReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj)!, e.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Select(p => p.Replace('\\', '/'))
            .ToList();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Muhtar.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Muhtar.slnx not found above the test binaries");
    }
}
