using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A creative's daily CTR regressed on the day: the slope with its standard error and one-sided p-value, the fitted decline and the frequency's slope.</summary>
public sealed record CreativeTrend(
    string Campaign, string Creative, int Days, double Slope, double SlopeError, double P, double FittedStart, double FittedEnd,
    double? FrequencySlope, double WeeklyImpressions, double ConversionsPerClick)
{
    public double Decline => FittedStart > 0 ? 1 - (FittedEnd / FittedStart) : 0;

    public static CreativeTrend Of(string campaign, string creative, IReadOnlyList<CreativeDay> days, double conversionsPerClick)
    {
        var first = days[0].Date.DayNumber;
        var x = days.Select(d => (double)(d.Date.DayNumber - first)).ToArray();
        var ctr = days.Select(d => (double)d.Totals.Clicks / d.Totals.Impressions).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(x, ctr);
        var n = x.Length;
        var meanX = x.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        var residual = x.Zip(ctr, (xi, yi) => yi - intercept - (slope * xi)).Sum(r => r * r) / (n - 2);
        var error = Math.Sqrt(residual / sxx);
        var p = error > 0 ? StudentT.CDF(0, 1, n - 2, slope / error) : (slope < 0 ? 0 : 1);
        double? frequencySlope = days.All(d => DayReach(d.Totals) > 0)
            ? MathNet.Numerics.Fit.Line(x, [.. days.Select(d => (double)d.Totals.Impressions / DayReach(d.Totals))]).B
            : null;
        var lastWeek = days.Where(d => d.Date.DayNumber > days[^1].Date.DayNumber - 7).ToList();
        var weekly = lastWeek.Sum(d => (double)d.Totals.Impressions) / lastWeek.Count * 7;
        return new CreativeTrend(campaign, creative, n, slope, error, p, intercept, intercept + (slope * x[^1]), frequencySlope, weekly, conversionsPerClick);
    }

    /// <summary>
    /// The creative's reach on one day: the platform's own figure where one cell reported it, else the sum of the reach its
    /// cells reported. The sum is exact when the cells are disjoint audiences (a day's demographic segments) and an upper
    /// bound otherwise, so the frequency is then a lower bound whose trend still shows the audience seeing the creative more.
    /// </summary>
    private static long DayReach(MetricTotals day) => day.Reach ?? (day.ReachReports > 0 ? day.ReachDailySum : 0);
}
