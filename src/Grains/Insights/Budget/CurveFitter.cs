using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace GrainMarketing.Insights.Budget;

/// <summary>Fits outcome_t = m(weekday_t) · Max · a_t^s / (k^s + a_t^s) to a campaign's days, a_t the adstocked spend.</summary>
/// <remarks>
/// The carry-over rate is chosen from a grid by least squares. For each rate Nelder-Mead (MathNet) searches
/// ln k and ln s; the seven weekday amplitudes are linear given those, so they are solved exactly inside the
/// objective (profiled out) rather than searched. Max is their mean and the multipliers their ratio to it. The
/// half-saturation stays within [HalfSaturationFloor, HalfSaturationCeiling] times the spend seen and the shape
/// within [MinShape, MaxShape]: outside them a curve is not identified by the days at hand.
/// </remarks>
public static class CurveFitter
{
    public const double MinShape = 0.3;
    public const double MaxShape = 3.0;
    public const double HalfSaturationFloor = 0.05;
    public const double HalfSaturationCeiling = 20;

    /// <summary>The carry-over rates tried when nothing narrows them.</summary>
    public static readonly IReadOnlyList<double> CarryOvers = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

    private static readonly double[] ShapeGrid = [0.4, 0.6, 0.8, 1.0, 1.3, 1.7, 2.2, 2.8];
    private const int HalfSaturationGrid = 20;
    private const double ShapePriorScale = 0.3;

    /// <summary>The best fit over <paramref name="carryOvers"/>; from <paramref name="start"/> when given (a bootstrap refit), else from a grid search.</summary>
    public static CurveFit Fit(CurveData data, IReadOnlyList<double> carryOvers, HillParameters? start = null)
    {
        CurveFit? best = null;
        foreach (var carryOver in carryOvers)
        {
            var fit = FitAt(data, carryOver, start);
            if (best is null || Score(data.Days, fit.SumOfSquares, Math.Log(fit.Parameters.Shape)) < Score(data.Days, best.SumOfSquares, Math.Log(best.Parameters.Shape)))
            {
                best = fit;
            }
        }

        return best ?? throw new ArgumentException("At least one carry-over rate is needed.", nameof(carryOvers));
    }

    private static CurveFit FitAt(CurveData data, double carryOver, HillParameters? start)
    {
        var adstock = Adstock.Apply(data.Spend, carryOver);
        var positive = adstock.Where(a => a > 0).DefaultIfEmpty(1).ToArray();
        var low = Math.Log(positive.Min() * HalfSaturationFloor);
        var high = Math.Log(positive.Max() * HalfSaturationCeiling);
        double Objective(double logK, double logShape) =>
            Score(data.Days, Profile(data, adstock, Math.Exp(Math.Clamp(logK, low, high)), Math.Exp(Math.Clamp(logShape, Math.Log(MinShape), Math.Log(MaxShape)))).SumOfSquares, logShape)
            + Penalty(logK, low, high) + Penalty(logShape, Math.Log(MinShape), Math.Log(MaxShape));

        var (k0, s0) = start is null ? Grid(Objective, low, high) : (Math.Log(start.HalfSaturation), Math.Log(start.Shape));
        var function = ObjectiveFunction.Value(v => Objective(v[0], v[1]));
        var initial = Vector<double>.Build.DenseOfArray([k0, s0]);
        var step = Vector<double>.Build.DenseOfArray([0.3, 0.2]);
        var found = initial;
        try
        {
            found = NelderMeadSimplex.Minimum(function, initial, step, 1e-7, 600).MinimizingPoint;
        }
        catch (MaximumIterationsException)
        {
            // A flat valley the simplex cannot settle in: the grid's (or the start's) point stands, which the bootstrap spread shows.
        }

        var halfSaturation = Math.Exp(Math.Clamp(found[0], low, high));
        var shape = Math.Exp(Math.Clamp(found[1], Math.Log(MinShape), Math.Log(MaxShape)));
        var profile = Profile(data, adstock, halfSaturation, shape);
        var amplitudes = profile.Amplitudes;
        var max = amplitudes.Where(a => a > 0).DefaultIfEmpty(0).Average();
        var multipliers = amplitudes.Select(a => max > 0 && a > 0 ? a / max : 1).ToArray();
        var parameters = new HillParameters(max, halfSaturation, shape, carryOver);
        return new CurveFit(parameters, multipliers, profile.Fitted, profile.SumOfSquares);
    }

    /// <summary>The grid point (ln k, ln s) with the least squares, where the simplex starts.</summary>
    private static (double LogK, double LogShape) Grid(Func<double, double, double> objective, double low, double high)
    {
        var best = (LogK: low, LogShape: 0.0, Value: double.MaxValue);
        for (var i = 0; i < HalfSaturationGrid; i++)
        {
            var logK = low + ((high - low) * i / (HalfSaturationGrid - 1));
            foreach (var shape in ShapeGrid)
            {
                var value = objective(logK, Math.Log(shape));
                if (value < best.Value)
                {
                    best = (logK, Math.Log(shape), value);
                }
            }
        }

        return (best.LogK, best.LogShape);
    }

    /// <summary>For a given half-saturation and shape, the least-squares amplitude of each weekday, the fitted days and the residual sum of squares.</summary>
    private static (double[] Amplitudes, double[] Fitted, double SumOfSquares) Profile(CurveData data, double[] adstock, double halfSaturation, double shape)
    {
        var response = new double[adstock.Length];
        var cross = new double[7];
        var square = new double[7];
        for (var day = 0; day < adstock.Length; day++)
        {
            response[day] = adstock[day] <= 0 ? 0 : 1 / (1 + Math.Pow(halfSaturation / adstock[day], shape));
            cross[data.Weekday[day]] += data.Outcome[day] * response[day];
            square[data.Weekday[day]] += response[day] * response[day];
        }

        var amplitudes = cross.Select((c, weekday) => square[weekday] > 0 ? Math.Max(0, c / square[weekday]) : 0).ToArray();
        var fitted = new double[adstock.Length];
        var sum = 0.0;
        for (var day = 0; day < adstock.Length; day++)
        {
            fitted[day] = amplitudes[data.Weekday[day]] * response[day];
            var residual = data.Outcome[day] - fitted[day];
            sum += residual * residual;
        }

        return (amplitudes, fitted, sum);
    }

    /// <summary>The negative log posterior up to a constant: Gaussian residuals with their variance profiled out, and a normal prior on ln shape.</summary>
    /// <remarks>
    /// Within the spend a campaign has seen, a saturating curve and an S-curve often fit alike; they part only where the
    /// optimiser extrapolates. The prior (ln shape ~ N(0, <see cref="ShapePriorScale"/>²)) prefers the plain diminishing
    /// curve until the days show otherwise.
    /// </remarks>
    private static double Score(int days, double sumOfSquares, double logShape) =>
        (days / 2.0 * Math.Log(sumOfSquares + 1e-12)) + (logShape * logShape / (2 * ShapePriorScale * ShapePriorScale));

    /// <summary>A steep cost outside the bounds, so the simplex walks back in instead of resting on the clamp.</summary>
    private static double Penalty(double value, double low, double high) =>
        value < low ? 1e6 * (low - value) : value > high ? 1e6 * (value - high) : 0;
}
