using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>
/// A behaviour segment now: how many customers show its pattern, their average 90-day spend (null when
/// none do), and the trend of their spend, the last 30 days against the 30 before as a change
/// (0.25 = a quarter more; null when the 30 before had none).
/// </summary>
public sealed record SegmentSizeResponse(BehaviorPattern Pattern, int Size, decimal? AverageSpend, double? Trend)
{
    public static SegmentSizeResponse From(BehaviorPattern pattern, SegmentTotals totals) =>
        new(pattern, totals.Members, totals.AverageSpend, totals.Trend);
}
