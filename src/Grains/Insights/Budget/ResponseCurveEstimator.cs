namespace GrainMarketing.Insights.Budget;

/// <summary>Fits one outcome's response curve to a campaign's days and says how sure it is: in-sample R², a held-out error against a constant-rate baseline, and bootstrap intervals.</summary>
public static class ResponseCurveEstimator
{
    public const int Draws = 100;
    public const int CurvePoints = 25;

    /// <summary>The curve of <paramref name="data"/>'s outcome, its points up to twice the spend seen and its figures at <paramref name="currentSpend"/>.</summary>
    /// <remarks>Call only once <see cref="CurveRequirements.Missing"/> is empty.</remarks>
    public static ResponseCurve Estimate(BudgetObjective outcome, CurveData data, double currentSpend, int seed)
    {
        var fit = CurveFitter.Fit(data, CurveFitter.CarryOvers);
        var draws = CurveBootstrap.Draw(data, fit, Draws, seed);
        var point = fit.Parameters;
        var parameters = new CurveParameters(
            Percentiles.Of(point.Max, draws.Select(d => d.Max)),
            Percentiles.Of(point.HalfSaturation, draws.Select(d => d.HalfSaturation)),
            Percentiles.Of(point.Shape, draws.Select(d => d.Shape)),
            Percentiles.Of(point.CarryOver, draws.Select(d => d.CarryOver)),
            fit.WeekdayMultipliers);
        var top = 2 * Math.Max(data.Spend.Max(), currentSpend);
        var points = Enumerable.Range(0, CurvePoints)
            .Select(i => top * i / (CurvePoints - 1))
            .Select(spend => new CurvePoint(spend, Percentiles.Of(point.Value(spend), draws.Select(d => d.Value(spend)))))
            .ToList();
        return new ResponseCurve(
            outcome, parameters, Quality(data, fit), points,
            Percentiles.Of(point.Value(currentSpend), draws.Select(d => d.Value(currentSpend))),
            Percentiles.Of(point.Marginal(currentSpend), draws.Select(d => d.Marginal(currentSpend))),
            point, draws);
    }

    /// <summary>The last fifth of the days (at least a week) held out: the curve fitted without them against spend × the training days' average rate.</summary>
    public static FitQuality Quality(CurveData data, CurveFit fit)
    {
        var mean = data.Outcome.Average();
        var total = data.Outcome.Sum(o => (o - mean) * (o - mean));
        var rSquared = total > 0 ? 1 - (fit.SumOfSquares / total) : 0;
        var holdout = Math.Max(7, data.Days / 5);
        var training = data.Take(data.Days - holdout);
        var predicted = CurveFitter.Fit(training, CurveFitter.CarryOvers).Predict(data)[^holdout..];
        var rate = training.Spend.Sum() > 0 ? training.Outcome.Sum() / training.Spend.Sum() : 0;
        var actual = data.Outcome[^holdout..];
        var baseline = data.Spend[^holdout..].Select(s => s * rate).ToArray();
        return new FitQuality(rSquared, Wape(actual, predicted), Wape(actual, baseline), training.Days, holdout, Draws);
    }

    private static double Wape(double[] actual, double[] predicted)
    {
        var sum = actual.Sum();
        return sum > 0 ? actual.Zip(predicted, (a, p) => Math.Abs(a - p)).Sum() / sum : 0;
    }
}
