namespace Muhtar.Platform.Demo;

/// <summary>What every demo seeder shares: the business, the clock and a fixed random seed (repeatable data).</summary>
public sealed record DemoSeedContext(Guid TenantId, DateTime Now, int RandomSeed, IReadOnlyDictionary<string, Guid> StaffByRole);
