using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Additive Holt-Winters with a weekly season, optionally a (damped) trend, and rule changes as level interventions.</summary>
/// <remarks>
/// On a day the rules changed spend the level starts again from that day (a known level shift): it is the mean of
/// the deseasonalised days since the change until the smoothing weight would trust fewer days, the trend and
/// season stay as they were, and the change day's error is left out of the fit. A pause or a budget change so
/// moves the forecast at once without one noisy day fixing the new level or bending the weekly pattern.
/// Missing days advance the state unobserved.
/// </remarks>
public static class HoltWinters
{
    public const int Period = 7;

    /// <summary>Days the model needs before the first origin it forecasts from: two weeks to start its level, trend and season.</summary>
    public const int MinimumDays = 2 * Period;

    private const double PhiLow = 0.8;
    private const double PhiHigh = 0.98;

    /// <summary>The weights that minimise the one-step squared error over the first <paramref name="upTo"/> days (Nelder-Mead on a bounded transform).</summary>
    public static SmoothingParameters Fit(ForecastHistory history, int upTo, SmoothingVariant variant)
    {
        var start = Vector<double>.Build.Dense([Logit(0.3), Logit(0.05), Logit(0.1), Logit(0.5)]);
        var objective = ObjectiveFunction.Value(x => OneStepSquaredError(history, upTo, FromVector(variant, x)));
        try
        {
            var result = new NelderMeadSimplex(1e-8, 2000).FindMinimum(objective, start);
            return FromVector(variant, result.MinimizingPoint);
        }
        catch (MaximumIterationsException)
        {
            // Unconverged weights are no better than the start; the backtest judges whichever is used.
            return FromVector(variant, start);
        }
    }

    /// <summary>The forecast for the <paramref name="horizon"/> days after the first <paramref name="origin"/> days.</summary>
    public static double[] Forecast(ForecastHistory history, int origin, int horizon, SmoothingParameters parameters)
    {
        var state = Run(history, origin, parameters, errors: null);
        var forecast = new double[horizon];
        var damping = 0.0;
        for (var h = 1; h <= horizon; h++)
        {
            damping += Math.Pow(parameters.Phi, h);
            forecast[h - 1] = state.Level + damping * state.Trend + state.Season[(origin + h - 1) % Period];
        }

        return forecast;
    }

    private static double OneStepSquaredError(ForecastHistory history, int upTo, SmoothingParameters parameters)
    {
        var errors = new List<double>(upTo);
        Run(history, upTo, parameters, errors);
        return errors.Sum(e => e * e);
    }

    /// <summary>Filters the first <paramref name="upTo"/> days; collects the one-step errors of ordinary observed days after the first week.</summary>
    private static SmoothingState Run(ForecastHistory history, int upTo, SmoothingParameters p, List<double>? errors)
    {
        var state = SmoothingState.Start(history, upTo, p.Variant);
        var sinceChange = int.MaxValue;
        for (var t = 0; t < upTo; t++)
        {
            var y = history.Values[t];
            var season = state.Season[t % Period];
            var expectedLevel = state.Level + p.Phi * state.Trend;
            if (double.IsNaN(y))
            {
                state.Level = expectedLevel;
                state.Trend *= p.Phi;
                continue;
            }

            if (history.Changes[t])
            {
                state.Level = y - season;
                state.Trend *= p.Phi;
                sinceChange = 1;
                continue;
            }

            if (t >= Period)
            {
                errors?.Add(y - expectedLevel - season);
            }

            var alpha = sinceChange < int.MaxValue ? Math.Max(p.Alpha, 1.0 / ++sinceChange) : p.Alpha;
            var level = alpha * (y - season) + (1 - alpha) * expectedLevel;
            state.Trend = p.Beta * (level - state.Level) + (1 - p.Beta) * p.Phi * state.Trend;
            state.Level = level;
            state.Season[t % Period] = p.Gamma * (y - level) + (1 - p.Gamma) * season;
        }

        return state;
    }

    private static SmoothingParameters FromVector(SmoothingVariant variant, Vector<double> x) => variant switch
    {
        SmoothingVariant.Level => new SmoothingParameters(variant, Logistic(x[0]), 0, Logistic(x[2]), 1),
        SmoothingVariant.Trend => new SmoothingParameters(variant, Logistic(x[0]), Logistic(x[1]), Logistic(x[2]), 1),
        _ => new SmoothingParameters(variant, Logistic(x[0]), Logistic(x[1]), Logistic(x[2]), PhiLow + (PhiHigh - PhiLow) * Logistic(x[3])),
    };

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
