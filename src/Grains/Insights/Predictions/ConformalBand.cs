namespace GrainMarketing.Insights.Predictions;

/// <summary>Split-conformal 80% intervals from held-out residuals, scaled by the square root of the prediction so a large day gets a wider band than a small one.</summary>
/// <remarks>
/// The score of a held-out day is |actual − predicted| / √(predicted + 1); the interval of a new prediction is
/// predicted ± q·√(predicted + 1), cut at zero, with q the conformal quantile of the scores. Coverage is
/// measured honestly: q fitted on one half of the held-out days (by date) is checked on the other half and
/// the other way round.
/// </remarks>
public static class ConformalBand
{
    public const double Level = 0.8;

    public static double Score(double actual, double predicted) => Math.Abs(actual - Math.Max(0, predicted)) / Width(predicted);

    /// <summary>The interval of <paramref name="predicted"/> for quantile <paramref name="q"/>.</summary>
    public static (double Lower, double Upper) Interval(double predicted, double q)
    {
        var point = Math.Max(0, predicted);
        return (Math.Max(0, point - (q * Width(point))), point + (q * Width(point)));
    }

    /// <summary>The conformal quantile: the ⌈(n+1)·level⌉-th smallest score (the largest when there are too few).</summary>
    public static double Quantile(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0)
        {
            return 0;
        }

        var sorted = scores.Order().ToList();
        var rank = (int)Math.Ceiling((sorted.Count + 1) * Level);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>The share of days inside their interval when each half of the held-out days (in date order) is calibrated on the other half.</summary>
    public static double CrossCoverage(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        var half = actual.Count / 2;
        if (half == 0)
        {
            return 0;
        }

        var scores = actual.Select((value, i) => Score(value, predicted[i])).ToList();
        var firstQ = Quantile(scores[..half]);
        var secondQ = Quantile(scores[half..]);
        var inside = scores[half..].Count(score => score <= firstQ) + scores[..half].Count(score => score <= secondQ);
        return (double)inside / actual.Count;
    }

    private static double Width(double predicted) => Math.Sqrt(Math.Max(0, predicted) + 1);
}
