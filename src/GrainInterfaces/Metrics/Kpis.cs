namespace GrainMarketing.Metrics;

/// <summary>Ratios derived from summed <see cref="MetricTotals"/>; null where the denominator is zero (a CPA with no conversions is undefined, not zero).</summary>
/// <remarks>
/// Rounded to <see cref="Decimals"/> places: a CTR of 0.020192 is exact enough to rank by, and 28 digits
/// would only weigh down every answer.
/// </remarks>
/// <param name="Ctr">Clicks per impression.</param>
/// <param name="Cpc">Spend per click.</param>
/// <param name="Cpm">Spend per thousand impressions.</param>
/// <param name="Cpa">Spend per conversion.</param>
/// <param name="Cvr">Conversions per click.</param>
/// <param name="Roas">Conversion value per unit of spend.</param>
/// <param name="Aov">Conversion value per conversion.</param>
/// <param name="Frequency">Impressions per person reached, from true reach only (<see cref="MetricTotals.Reach"/>); null where reach is not known for the window and entity.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Kpis")]
public sealed record Kpis(
    [property: Id(0)] decimal? Ctr,
    [property: Id(1)] decimal? Cpc,
    [property: Id(2)] decimal? Cpm,
    [property: Id(3)] decimal? Cpa,
    [property: Id(4)] decimal? Cvr,
    [property: Id(5)] decimal? Roas,
    [property: Id(6)] decimal? Aov,
    [property: Id(7)] decimal? Frequency = null)
{
    public static Kpis From(MetricTotals t) => new(
        Ratio(t.Clicks, t.Impressions),
        Ratio(t.Spend, t.Clicks),
        Ratio(t.Spend * 1000m, t.Impressions),
        Ratio(t.Spend, t.Conversions),
        Ratio(t.Conversions, t.Clicks),
        Ratio(t.ConversionValue, t.Spend),
        Ratio(t.ConversionValue, t.Conversions),
        t.Reach is { } reach ? Ratio(t.Impressions, reach) : null);

    /// <summary>The value of the KPI or sum called <paramref name="metric"/> (case-insensitive), for sorting and ranking.</summary>
    public static decimal? Metric(MetricTotals totals, string metric) => metric.ToLowerInvariant() switch
    {
        "impressions" => totals.Impressions,
        "reach" => totals.Reach,
        "reachdailysum" => totals.ReachDailySum,
        "clicks" => totals.Clicks,
        "spend" => totals.Spend,
        "conversions" => totals.Conversions,
        "conversionvalue" or "revenue" => totals.ConversionValue,
        "ctr" => totals.Kpis.Ctr,
        "cpc" => totals.Kpis.Cpc,
        "cpm" => totals.Kpis.Cpm,
        "cpa" => totals.Kpis.Cpa,
        "cvr" => totals.Kpis.Cvr,
        "roas" => totals.Kpis.Roas,
        "aov" => totals.Kpis.Aov,
        "frequency" => totals.Kpis.Frequency,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>Every name <see cref="Metric"/> accepts.</summary>
    public static readonly IReadOnlyList<string> MetricNames =
        ["impressions", "reach", "reachDailySum", "clicks", "spend", "conversions", "conversionValue", "ctr", "cpc", "cpm", "cpa", "cvr", "roas", "aov", "frequency"];

    public const int Decimals = 6;

    private static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : decimal.Round(numerator / denominator, Decimals);
}
