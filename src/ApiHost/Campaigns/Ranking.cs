using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Checks the metric and order a campaign list, top list or segment ranking is sorted by.</summary>
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
}
