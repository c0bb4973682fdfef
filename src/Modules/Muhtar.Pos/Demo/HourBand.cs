namespace Muhtar.Pos.Demo;

/// <summary>When a shopper usually comes in (local time); segments use time of day of visits (M1).</summary>
internal enum HourBand
{
    Any,
    Morning,
    Midday,
    Evening,
}
