using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

/// <summary>
/// The hold-out scheme of the forecast figures: fit (choose the method, calibrate the intervals) on the days before
/// <c>split</c> only; then from every held-out origin forecast up to <c>horizon</c> days with the chosen method,
/// which sees only the days before each origin, and judge each held-out day with the intervals fitted before the split.
/// </summary>
public sealed record HoldOut(string Method, double Mase, double BaselineMase, double Coverage80, double Coverage95, int Pairs)
{
    public static HoldOut Evaluate(ForecastHistory full, int split, int horizon)
    {
        var train = new ForecastHistory(full.Values[..split], full.Changes[..split]);
        var fit = DailyForecaster.Fit(train, horizon);
        var method = DailyForecaster.Candidates().Single(c => c.Name == fit.Method);
        var scale = train.SeasonalNaiveScale(split);
        double model = 0, baseline = 0;
        int pairs = 0, inside80 = 0, inside95 = 0;
        for (var origin = split; origin < full.Count; origin++)
        {
            var steps = Math.Min(horizon, full.Count - origin);
            var forecast = method.Forecast(full, origin, steps);
            var naive = SeasonalNaive.Instance.Forecast(full, origin, steps);
            for (var h = 1; h <= steps; h++)
            {
                var actual = full.Values[origin + h - 1];
                if (double.IsNaN(actual) || full.ChangedBetween(origin, origin + h - 1))
                {
                    continue;
                }

                var error = Math.Abs(actual - forecast[h - 1]);
                model += error;
                baseline += Math.Abs(actual - naive[h - 1]);
                inside80 += error <= fit.HalfWidth80[h - 1]!.Value ? 1 : 0;
                inside95 += error <= fit.HalfWidth95[h - 1]!.Value ? 1 : 0;
                pairs++;
            }
        }

        return new HoldOut(fit.Method, model / pairs / scale, baseline / pairs / scale, (double)inside80 / pairs, (double)inside95 / pairs, pairs);
    }

    /// <summary>Each candidate's held-out MASE on the same (origin, day) pairs and scale as <see cref="Evaluate"/>, whichever the chooser keeps.</summary>
    public static IReadOnlyDictionary<string, double> CandidateMase(ForecastHistory full, int split, int horizon)
    {
        var scale = full.SeasonalNaiveScale(split);
        return DailyForecaster.Candidates().ToDictionary(method => method.Name, method =>
        {
            var errors = new List<double>();
            for (var origin = split; origin < full.Count; origin++)
            {
                var forecast = method.Forecast(full, origin, Math.Min(horizon, full.Count - origin));
                errors.AddRange(forecast
                    .Select((value, i) => (Day: origin + i, Error: Math.Abs(full.Values[origin + i] - value)))
                    .Where(pair => !double.IsNaN(pair.Error) && !full.ChangedBetween(origin, pair.Day))
                    .Select(pair => pair.Error));
            }

            return errors.Average() / scale;
        });
    }
}
