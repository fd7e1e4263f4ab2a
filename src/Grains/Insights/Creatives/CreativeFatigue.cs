using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Creatives;

/// <summary>Finds creative fatigue: a CTR that holds a plateau and then declines while the creative's exposure rises.</summary>
/// <remarks>
/// <para>
/// The model is a hinge: CTR = a until a change day τ, then a + b·(day − τ) with b &lt; 0, fitted by weighted least
/// squares (each day weighted by its impressions) for every candidate τ that leaves at least
/// <see cref="MinDaysBefore"/> days before it and <see cref="MinDaysAfter"/> after; the τ with the smallest residuals wins.
/// Its F statistic against a flat CTR (one extra parameter, dispersion estimated from the residuals, so day-to-day
/// noise beyond binomial widens the test) gives a p-value, multiplied by the number of candidates (Bonferroni)
/// because τ was chosen to fit best.
/// </para>
/// <para>
/// Fatigued: adjusted p below alpha, the fitted CTR on the last day at least <see cref="MinimumDrop"/> below the
/// plateau, and exposure rising after τ: the mean reported frequency after τ above the mean before (where reach
/// was reported on days on both sides), otherwise impressions still served after τ (cumulative impressions rise).
/// The score is the fitted fall from the plateau to the last day as a share of the plateau.
/// </para>
/// </remarks>
public static class CreativeFatigue
{
    public const int MinDays = 7;
    public const int MinDaysBefore = 2;
    public const int MinDaysAfter = 3;
    public const double DefaultAlpha = 0.05;
    public const double MinimumDrop = 0.2;

    /// <summary>Assesses a creative's days (any order; days without impressions are ignored).</summary>
    public static FatigueAssessment Assess(IReadOnlyList<CreativeDay> days, double alpha = DefaultAlpha)
    {
        var served = days.Where(d => d.Impressions > 0).OrderBy(d => d.Date).ToList();
        if (served.Count < MinDays)
        {
            return NotAssessed($"Not assessed: {served.Count} days with impressions, at least {MinDays} needed.");
        }

        var first = served[0].Date.DayNumber;
        var points = served.Select(d => (X: (double)(d.Date.DayNumber - first), Y: (double)d.Clicks / d.Impressions, W: (double)d.Impressions)).ToList();
        var candidates = points.Select(p => p.X).Skip(MinDaysBefore - 1).Take(points.Count - MinDaysBefore - MinDaysAfter + 1).ToList();
        if (candidates.Count == 0)
        {
            return NotAssessed("Not assessed: too few days either side of any change day.");
        }

        var best = candidates
            .Select(knot => (Knot: knot, Line: WeightedLine.Fit([.. points.Select(p => (Math.Max(0, p.X - knot), p.Y, p.W))])))
            .Where(fit => fit.Line is { Slope: < 0 })
            .OrderBy(fit => fit.Line!.Value.ResidualSquares)
            .FirstOrDefault();
        if (best.Line is not { } line)
        {
            return new FatigueAssessment(false, 0, null, 1, null, null, "none", "CTR did not decline on any candidate change day.");
        }

        var pValue = Math.Min(1, PValue(WeightedLine.FlatResidualSquares(points), line.ResidualSquares, points.Count) * candidates.Count);
        var before = line.Intercept;
        var now = line.Intercept + line.Slope * (points[^1].X - best.Knot);
        var score = before > 0 ? Math.Clamp((before - now) / before, 0, 1) : 0;
        var started = DateOnly.FromDayNumber(first + (int)best.Knot);
        var (rising, exposure) = ExposureRising(served, started);
        var fatigued = pValue < alpha && score >= MinimumDrop && rising;
        var reason = fatigued
            ? $"CTR fell {score:P0} from {before:P2} to {now:P2} after {started:yyyy-MM-dd} while {Words(exposure)} rose (p = {pValue:G2})."
            : $"No fatigue: CTR change after {started:yyyy-MM-dd} is {score:P0} (p = {pValue:G2}), {(rising ? "" : "exposure did not rise, ")}needs p < {alpha} and a fall of at least {MinimumDrop:P0}.";
        return new FatigueAssessment(fatigued, Math.Round(score, 4), score > 0 ? started : null, pValue, before, now, exposure, reason);
    }

    private static double PValue(double flat, double hinge, int n)
    {
        // Rates that do not vary at all (or a hinge that fits exactly) leave no residuals to scale the test by.
        if (flat <= 1e-18)
        {
            return 1;
        }

        if (hinge <= 1e-18)
        {
            return 0;
        }

        var f = (flat - hinge) / (hinge / (n - 2));
        return f <= 0 ? 1 : 1 - FisherSnedecor.CDF(1, n - 2, f);
    }

    private static (bool Rising, string Exposure) ExposureRising(IReadOnlyList<CreativeDay> served, DateOnly started)
    {
        var before = served.Where(d => d.Date <= started && d.Frequency is not null).Select(d => (double)d.Frequency!.Value).ToList();
        var after = served.Where(d => d.Date > started && d.Frequency is not null).Select(d => (double)d.Frequency!.Value).ToList();
        return before.Count > 0 && after.Count > 0
            ? (after.Average() > before.Average(), "frequency")
            : (served.Any(d => d.Date > started), "cumulativeImpressions");
    }

    private static string Words(string exposure) => exposure == "frequency" ? "frequency" : "cumulative impressions";

    private static FatigueAssessment NotAssessed(string reason) => new(false, 0, null, null, null, null, "none", reason);
}
