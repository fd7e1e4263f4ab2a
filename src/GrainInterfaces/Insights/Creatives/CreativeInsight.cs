using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Creatives;

/// <summary>One creative of a campaign over a window: its sums, trends, frequency, fatigue and place in the ranking.</summary>
/// <param name="CreativeId">The platform's ad id.</param>
/// <param name="Format">image, video, carousel… as the source named it; null when never given.</param>
/// <param name="CtrTrend">Daily CTR trend; null with fewer than three days of impressions.</param>
/// <param name="CvrTrend">Daily CVR (conversions per click) trend; null with fewer than three days of clicks.</param>
/// <param name="Frequency">Frequency on the last day whose reach was reported; null when none was.</param>
/// <param name="Days">The creative's days, oldest first.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CreativeInsight")]
public sealed record CreativeInsight(
    [property: Id(0)] string CreativeId,
    [property: Id(1)] string? Format,
    [property: Id(2)] MetricTotals Totals,
    [property: Id(3)] Kpis Kpis,
    [property: Id(4)] Trend? CtrTrend,
    [property: Id(5)] Trend? CvrTrend,
    [property: Id(6)] decimal? Frequency,
    [property: Id(7)] FatigueAssessment Fatigue,
    [property: Id(8)] RankEntry Rank,
    [property: Id(9)] IReadOnlyList<CreativeDay> Days);
