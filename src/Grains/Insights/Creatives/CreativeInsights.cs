using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Creatives;

/// <summary>Builds a campaign's creative report: the creatives and formats ranked by CTR with significance, and each creative's trends, frequency and fatigue.</summary>
public static class CreativeInsights
{
    public static CreativeInsightReport Report(DateRange range, IReadOnlyList<CreativeSeries> creatives, double alpha = CreativeFatigue.DefaultAlpha)
    {
        var totals = creatives.ToDictionary(c => c.CreativeId, c => c.Days.Aggregate(MetricTotals.Zero, (sum, day) => sum + day.Totals), StringComparer.Ordinal);
        var (ranked, winner) = RateRanking.Rank([.. creatives.Select(c => (c.CreativeId, totals[c.CreativeId].Impressions, totals[c.CreativeId].Clicks))], alpha);
        var formats = creatives
            .Where(c => c.Format is not null)
            .GroupBy(c => c.Format!.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(format => (format.Key, format.Sum(c => totals[c.CreativeId].Impressions), format.Sum(c => totals[c.CreativeId].Clicks)))
            .ToList();
        var (formatRanks, winningFormat) = RateRanking.Rank(formats, alpha);
        var byId = creatives.ToDictionary(c => c.CreativeId, StringComparer.Ordinal);
        return new CreativeInsightReport(
            range, alpha, [.. ranked.Select(rank => Insight(byId[rank.Key], totals[rank.Key], rank, alpha))], formatRanks, winner, winningFormat);
    }

    private static CreativeInsight Insight(CreativeSeries creative, MetricTotals totals, RankEntry rank, double alpha)
    {
        var days = creative.Days
            .OrderBy(d => d.Date)
            .Select(d => new CreativeDay(d.Date, d.Totals.Impressions, d.Totals.Clicks, d.Totals.Conversions, d.Totals.Kpis.Frequency))
            .ToList();
        var first = days.Count == 0 ? 0 : days[0].Date.DayNumber;
        var ctr = DailyTrend.Fit([.. days.Select(d => ((double)(d.Date.DayNumber - first), (double)d.Impressions, (double)d.Clicks))]);
        var cvr = DailyTrend.Fit([.. days.Select(d => ((double)(d.Date.DayNumber - first), (double)d.Clicks, (double)d.Conversions))]);
        var frequency = days.LastOrDefault(d => d.Frequency is not null)?.Frequency;
        return new CreativeInsight(
            creative.CreativeId, creative.Format, totals, totals.Kpis, ctr, cvr, frequency, CreativeFatigue.Assess(days, alpha), rank, days);
    }
}
