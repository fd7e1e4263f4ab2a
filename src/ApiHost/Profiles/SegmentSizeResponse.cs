using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>A behaviour segment now: its size, its customers' average 90-day spend and the trend of that spend.</summary>
/// <remarks>
/// The average is null when no customer shows the pattern. The trend is the last 30 days against the 30 before as
/// a change (0.25 = a quarter more; null when the 30 before had none).
/// </remarks>
public sealed record SegmentSizeResponse(BehaviorPattern Pattern, int Size, decimal? AverageSpend, double? Trend)
{
    public static SegmentSizeResponse From(BehaviorPattern pattern, SegmentTotals totals) =>
        new(pattern, totals.Members, totals.AverageSpend, totals.Trend);
}
