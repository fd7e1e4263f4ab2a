using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Creatives;

/// <summary>A rate's trend over days: weighted least squares of the daily rate on the day, each day weighted by its denominator.</summary>
/// <remarks>
/// Weighting by the denominator is the binomial variance up to a constant; the interval takes that constant from the
/// residuals, so days that vary more than binomial noise (they do) widen it instead of faking certainty.
/// </remarks>
public static class DailyTrend
{
    public const int MinDays = 3;

    /// <summary>The slope per day with its 95% interval, or null with fewer than <see cref="MinDays"/> days with a denominator.</summary>
    public static Trend? Fit(IReadOnlyList<(double Day, double Trials, double Successes)> days)
    {
        var points = days.Where(d => d.Trials > 0).ToList();
        if (points.Count < MinDays)
        {
            return null;
        }

        var line = WeightedLine.Fit([.. points.Select(p => (p.Day, p.Successes / p.Trials, p.Trials))]);
        if (line is null)
        {
            return null;
        }

        var t = StudentT.InvCDF(0, 1, points.Count - 2, 0.975);
        var half = t * line.Value.SlopeError;
        return new Trend(line.Value.Slope, line.Value.Slope - half, line.Value.Slope + half, points.Count);
    }
}
