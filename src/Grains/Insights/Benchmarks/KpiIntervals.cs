using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>95% intervals of a window's KPIs from its sums: Jeffreys (Beta) for rates, Gamma-Poisson for costs per click or conversion.</summary>
/// <remarks>
/// Spend is taken as known and the count (clicks, conversions) as Poisson, so a cost per count is spend over a
/// Gamma(count + ½) draw. Null where the KPI itself is undefined.
/// </remarks>
public static class KpiIntervals
{
    private const double Lower = 0.025;
    private const double Upper = 0.975;

    public static KpiInterval? For(string metric, MetricTotals totals) => metric switch
    {
        "ctr" => Rate(totals.Clicks, totals.Impressions),
        "cvr" => Rate((double)totals.Conversions, totals.Clicks),
        "cpc" => CostPer(totals.Spend, totals.Clicks),
        "cpa" => CostPer(totals.Spend, (double)totals.Conversions),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    private static KpiInterval? Rate(double successes, double trials)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            return null;
        }

        var (a, b) = (successes + 0.5, trials - successes + 0.5);
        return Round(Beta.InvCDF(a, b, Lower), Beta.InvCDF(a, b, Upper));
    }

    private static KpiInterval? CostPer(decimal spend, double count)
    {
        if (count <= 0 || spend < 0)
        {
            return null;
        }

        var shape = count + 0.5;
        return Round((double)spend / Gamma.InvCDF(shape, 1, Upper), (double)spend / Gamma.InvCDF(shape, 1, Lower));
    }

    private static KpiInterval Round(double low, double high) =>
        new(decimal.Round((decimal)low, Kpis.Decimals), decimal.Round((decimal)high, Kpis.Decimals));
}
