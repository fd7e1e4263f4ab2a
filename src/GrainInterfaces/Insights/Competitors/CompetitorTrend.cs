namespace GrainMarketing.Insights.Competitors;

/// <summary>A competitor's figures across the imported periods and whether it is gaining impression share.</summary>
/// <param name="ImpressionShareSlope">Least-squares slope of impression share in percentage points per period, over the periods with a value; null with fewer than two.</param>
/// <param name="SlopeStandardError">The slope's standard error; null with fewer than three periods.</param>
/// <param name="Direction"><c>gaining</c> or <c>losing</c> when the slope is at least <see cref="CompetitorTrends.SteadyPointsPerPeriod"/> either way, else <c>steady</c>; <c>unknown</c> without a slope.</param>
/// <param name="Sure">True when the slope is more than twice its standard error from zero.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CompetitorTrend")]
public sealed record CompetitorTrend(
    [property: Id(0)] string Domain,
    [property: Id(1)] bool IsYou,
    [property: Id(2)] IReadOnlyList<CompetitorPeriod> Periods,
    [property: Id(3)] decimal? ImpressionShareSlope,
    [property: Id(4)] decimal? SlopeStandardError,
    [property: Id(5)] string Direction,
    [property: Id(6)] bool Sure);
