using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>An hour's value of each watched metric, the sampling noise it carries, and whether it has the volume to be judged.</summary>
public static class HourMetrics
{
    public static bool IsCount(AnomalyMetric metric) => metric is AnomalyMetric.Spend or AnomalyMetric.Impressions or AnomalyMetric.Conversions or AnomalyMetric.ConversionValue;

    /// <summary>The metric's value, or null when it is a ratio whose denominator is zero.</summary>
    public static double? Value(AnomalyMetric metric, MetricTotals totals) => metric switch
    {
        AnomalyMetric.Spend => (double)totals.Spend,
        AnomalyMetric.Impressions => totals.Impressions,
        AnomalyMetric.Conversions => (double)totals.Conversions,
        AnomalyMetric.ConversionValue => (double)totals.ConversionValue,
        AnomalyMetric.Ctr => totals.Impressions > 0 ? (double)totals.Clicks / totals.Impressions : null,
        AnomalyMetric.Cpc => totals.Clicks > 0 ? (double)(totals.Spend / totals.Clicks) : null,
        AnomalyMetric.Cpa => totals.Conversions > 0 ? (double)(totals.Spend / totals.Conversions) : null,
        _ => null,
    };

    /// <summary>One deviation of sampling noise around <paramref name="expected"/>: Poisson for counts, binomial for CTR, one over the root of the count for costs.</summary>
    public static double NoiseFloor(AnomalyMetric metric, MetricTotals totals, double expected) => metric switch
    {
        AnomalyMetric.Impressions or AnomalyMetric.Conversions => Math.Sqrt(Math.Max(expected, 1)),
        AnomalyMetric.Spend or AnomalyMetric.Cpc => Math.Abs(expected) / Math.Sqrt(Math.Max(totals.Clicks, 1)),
        AnomalyMetric.ConversionValue or AnomalyMetric.Cpa => Math.Abs(expected) / Math.Sqrt(Math.Max((double)totals.Conversions, 1)),
        AnomalyMetric.Ctr => Math.Sqrt(Math.Clamp(expected, 0, 1) * (1 - Math.Clamp(expected, 0, 1)) / Math.Max(totals.Impressions, 1)),
        _ => 0,
    };

    /// <summary>True when the hour has the tenant's minimum volume for the metric (clicks, impressions or conversions; expected ones for conversions).</summary>
    public static bool HasVolume(AnomalyMetric metric, MetricTotals totals, double expectedConversions, AnomalySettings settings) => metric switch
    {
        AnomalyMetric.Impressions or AnomalyMetric.Ctr => totals.Impressions >= settings.MinimumImpressions,
        AnomalyMetric.Spend or AnomalyMetric.Cpc => totals.Clicks >= settings.MinimumClicks,
        _ => totals.Clicks >= settings.MinimumClicks && Math.Max((double)totals.Conversions, expectedConversions) >= settings.MinimumConversions,
    };

    /// <summary>What a value far from its band looks like: the four named kinds, or high and low.</summary>
    public static AnomalyKind Kind(AnomalyMetric metric, bool high) => (metric, high) switch
    {
        (AnomalyMetric.Spend, true) => AnomalyKind.SpendSpike,
        (AnomalyMetric.Ctr, false) => AnomalyKind.CtrCollapse,
        (AnomalyMetric.Cpa, true) => AnomalyKind.CpaJump,
        _ => high ? AnomalyKind.High : AnomalyKind.Low,
    };
}
