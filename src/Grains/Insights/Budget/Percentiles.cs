using MathNet.Numerics.Statistics;

namespace GrainMarketing.Insights.Budget;

/// <summary>Turns bootstrap draws into an <see cref="Estimate"/>: the point value with the draws' 10th and 90th percentiles.</summary>
public static class Percentiles
{
    /// <remarks>The interval is widened to hold the point value where the draws all fall on one side of it (a fit at a bound).</remarks>
    public static Estimate Of(double value, IEnumerable<double> draws)
    {
        var sorted = draws.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0)
        {
            return new Estimate(value, value, value);
        }

        var lower = sorted.Quantile(0.10);
        var upper = sorted.Quantile(0.90);
        return new Estimate(value, Math.Min(lower, value), Math.Max(upper, value));
    }
}
