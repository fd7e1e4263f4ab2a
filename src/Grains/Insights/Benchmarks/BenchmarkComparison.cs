using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Builds a tenant's <see cref="BenchmarkReport"/> from its totals per platform and the table.</summary>
public static class BenchmarkComparison
{
    private static readonly string[] MoneyMetrics = ["cpc", "cpa"];

    public static BenchmarkReport Compare(
        BenchmarkTable table, string industry, string currency, DateRange range, IReadOnlyList<PlatformTotals> platforms)
    {
        var missing = new List<MissingBenchmark>();
        var compared = new List<PlatformBenchmark>();
        foreach (var platform in platforms.Where(p => !p.Totals.IsZero).OrderBy(p => p.Platform))
        {
            if (!table.Covers(platform.Platform))
            {
                missing.AddRange(BenchmarkTable.Metrics.Keys.Select(metric =>
                    new MissingBenchmark(platform.Platform, metric, $"The table has no published figures for {Name(platform.Platform)}.")));
                continue;
            }

            var metrics = BenchmarkTable.Metrics.Select(m => Metric(table, industry, currency, platform, m.Key, m.Value, missing)).ToList();
            compared.Add(new PlatformBenchmark(platform.Platform, platform.Totals, metrics));
        }

        return new BenchmarkReport(industry, table.IndustryName(industry), range, currency, table.Catalog.Currency, compared, missing);
    }

    private static MetricBenchmark Metric(
        BenchmarkTable table, string industry, string currency, PlatformTotals platform, string metric, bool lowerIsBetter, List<MissingBenchmark> missing)
    {
        var value = Kpis.Metric(platform.Totals, metric);
        var interval = KpiIntervals.For(metric, platform.Totals);
        var figures = table.Figures(industry, platform.Platform, metric);
        var all = table.Figures(BenchmarkTable.AllIndustries, platform.Platform, metric);
        var newest = Newest(figures);
        var note = figures.Count == 0
            ? $"No published {metric} for {table.IndustryName(industry)} on {Name(platform.Platform)}."
            : null;
        if (figures.Count == 0)
        {
            missing.Add(new MissingBenchmark(platform.Platform, metric, note!));
        }

        if (MoneyMetrics.Contains(metric) && currency != table.Catalog.Currency)
        {
            return new MetricBenchmark(metric, value, interval, lowerIsBetter, null, null, figures,
                $"The benchmarks are in {table.Catalog.Currency}; the tenant reports in {currency}, so {metric} is not compared.");
        }

        if (value is null)
        {
            return new MetricBenchmark(metric, null, null, lowerIsBetter, null, null, figures,
                note ?? $"No {metric} in the window: its denominator is zero.");
        }

        return new MetricBenchmark(metric, value, interval, lowerIsBetter,
            BenchmarkStandings.Stand(value.Value, interval, lowerIsBetter, newest),
            BenchmarkStandings.Stand(value.Value, interval, lowerIsBetter, Newest(all)),
            [.. figures.Except(newest)],
            note);
    }

    /// <summary>The figures of the newest source among <paramref name="figures"/> (already newest first).</summary>
    private static List<BenchmarkFigure> Newest(IReadOnlyList<BenchmarkFigure> figures) =>
        figures.Count == 0 ? [] : [.. figures.Where(f => f.Source.Id == figures[0].Source.Id)];

    private static string Name(AdPlatform platform) => platform.ToString().ToLowerInvariant();
}
