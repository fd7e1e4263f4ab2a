namespace GrainMarketing.Insights.Competitors;

/// <summary>An advertiser's Meta Ad Library figures across the imported periods and whether it is ramping up.</summary>
/// <param name="AdsSlope">Least-squares slope of its ads per period, over the periods it appears in; null with fewer than two.</param>
/// <param name="SlopeStandardError">The slope's standard error; null with fewer than three periods.</param>
/// <param name="Direction"><c>rampingUp</c> or <c>slowingDown</c> when the slope is at least <see cref="MetaAdTrends.SteadyShare"/> of its mean ads per period (and one ad) either way, else <c>steady</c>; <c>unknown</c> without a slope.</param>
/// <param name="Sure">True when the slope is more than twice its standard error from zero.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdvertiserTrend")]
public sealed record MetaAdvertiserTrend(
    [property: Id(0)] string Key,
    [property: Id(1)] string? PageId,
    [property: Id(2)] string PageName,
    [property: Id(3)] IReadOnlyList<MetaAdvertiserPeriod> Periods,
    [property: Id(4)] decimal? AdsSlope,
    [property: Id(5)] decimal? SlopeStandardError,
    [property: Id(6)] string Direction,
    [property: Id(7)] bool Sure);
