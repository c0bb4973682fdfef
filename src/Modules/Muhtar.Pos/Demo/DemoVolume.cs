namespace Muhtar.Pos.Demo;

/// <summary>
/// How much history the demo gets: about <see cref="Receipts"/> receipts over <see cref="Months"/> months
/// ending now, <see cref="LinkedShare"/> of them with a known customer (when there are enough customers:
/// nobody is made to shop more than every other day, so a small customer base gives more anonymous receipts).
/// </summary>
internal sealed record DemoVolume(int Receipts = 25_000, double LinkedShare = 0.6, int Months = 18)
{
    public static DemoVolume Default { get; } = new();
}
