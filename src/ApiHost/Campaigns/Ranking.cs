using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Ordering answers by any sum or KPI: shared by campaign lists, top lists and segment rankings.</summary>
public static class Ranking
{
    /// <summary>Adds an error for an unknown metric (under <paramref name="metricField"/>) or an order other than asc/desc.</summary>
    public static void Check(ValidationErrors errors, string metricField, string metric, string order)
    {
        if (!Kpis.MetricNames.Contains(metric, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(metricField, $"Must be one of {string.Join(", ", Kpis.MetricNames)}.");
        }

        if (order is not ("asc" or "desc"))
        {
            errors.Add("order", "Must be asc or desc.");
        }
    }

    /// <summary>Sorted by the metric; undefined KPIs (a zero denominator) last either way; ties by key.</summary>
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, MetricTotals> totals, string metric, string order, Func<T, string> key) =>
        (order == "asc"
            ? items.OrderBy(item => Kpis.Metric(totals(item), metric) ?? decimal.MaxValue)
            : items.OrderByDescending(item => Kpis.Metric(totals(item), metric) ?? decimal.MinValue))
        .ThenBy(key, StringComparer.Ordinal);
}
