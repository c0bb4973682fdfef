namespace Muhtar.Platform.Demo;

/// <summary>
/// A module's part of the demo business that `dotnet run` starts with. Seeders run in ascending
/// <see cref="Order"/> inside a scope whose tenant is the demo business, so rows are stamped as usual.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(DemoSeedContext context, CancellationToken ct);
}
