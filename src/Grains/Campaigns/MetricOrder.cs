using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>Orders rows by any sum or KPI: undefined KPIs (a zero denominator) last either way, ties by key in ordinal order.</summary>
public static class MetricOrder
{
    /// <param name="order"><c>asc</c>, or <c>desc</c> for anything else.</param>
    public static T[] Sort<T>(IReadOnlyList<T> rows, Func<T, MetricTotals> totals, Func<T, string> key, string metric, string order)
    {
        var descending = order != "asc";
        var values = new decimal[rows.Count];
        var keys = new string[rows.Count];
        var positions = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = Kpis.Metric(totals(rows[i]), metric) ?? (descending ? decimal.MinValue : decimal.MaxValue);
            keys[i] = key(rows[i]);
            positions[i] = i;
        }

        Array.Sort(positions, (a, b) =>
        {
            var byValue = descending ? values[b].CompareTo(values[a]) : values[a].CompareTo(values[b]);
            return byValue != 0 ? byValue : string.CompareOrdinal(keys[a], keys[b]);
        });
        var sorted = new T[rows.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = rows[positions[i]];
        }

        return sorted;
    }
}
