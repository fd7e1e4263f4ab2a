namespace GrainMarketing.Insights.Budget;

/// <summary>Moving-block residual bootstrap: refits the curve to the fitted days plus week-long blocks of its residuals drawn with replacement.</summary>
/// <remarks>
/// Blocks of seven days keep the residuals' weekly and day-to-day correlation that single-day resampling would
/// break (and so understate the spread). Each refit starts from the point fit and tries the carry-over rates next
/// to the fitted one, so the draws carry the carry-over's uncertainty too. The seed fixes the draws.
/// </remarks>
public static class CurveBootstrap
{
    public const int BlockDays = 7;

    public static IReadOnlyList<HillParameters> Draw(CurveData data, CurveFit fit, int draws, int seed)
    {
        var random = new Random(seed);
        var residuals = data.Outcome.Select((o, day) => o - fit.Fitted[day]).ToArray();
        var carryOver = fit.Parameters.CarryOver;
        IReadOnlyList<double> rates = [.. CurveFitter.CarryOvers.Where(r => Math.Abs(r - carryOver) < 0.15)];
        var result = new List<HillParameters>(draws);
        for (var draw = 0; draw < draws; draw++)
        {
            var outcome = Replicate(fit.Fitted, residuals, random);
            result.Add(CurveFitter.Fit(data.WithOutcome(outcome), rates, fit.Parameters).Parameters);
        }

        return result;
    }

    private static double[] Replicate(double[] fitted, double[] residuals, Random random)
    {
        var days = fitted.Length;
        var outcome = new double[days];
        var block = Math.Min(BlockDays, days);
        for (var day = 0; day < days; day += block)
        {
            var start = random.Next(days - block + 1);
            for (var i = 0; i < block && day + i < days; i++)
            {
                outcome[day + i] = Math.Max(0, fitted[day + i] + residuals[start + i]);
            }
        }

        return outcome;
    }
}
