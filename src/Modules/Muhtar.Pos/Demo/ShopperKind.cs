namespace Muhtar.Pos.Demo;

/// <summary>The demo's customer behaviours, so RFM, churn and CLV have something to find (A1–A4).</summary>
internal enum ShopperKind
{
    /// <summary>Comes often for the whole period.</summary>
    Loyal,

    /// <summary>Comes now and then for the whole period.</summary>
    Regular,

    /// <summary>A few visits in the whole period.</summary>
    Occasional,

    /// <summary>Came often, then stopped 3–12 months ago (win-back material).</summary>
    Lapsed,

    /// <summary>First came in the last 5 months.</summary>
    New,
}
