namespace Muhtar.Loyalty.Expiry;

/// <summary>Run the point expiry of the task's business; <paramref name="Day"/> (UTC) is what makes it once a day.</summary>
internal sealed record ExpirePointsTask(DateOnly Day);
