namespace GrainMarketing.Insights.Budget;

/// <summary>One least-squares fit of a response curve: its parameters, weekday multipliers (Monday first), fitted days and residual sum of squares.</summary>
public sealed record CurveFit(HillParameters Parameters, double[] WeekdayMultipliers, double[] Fitted, double SumOfSquares)
{
    /// <summary>The fit's expected outcome on each day of <paramref name="data"/> (another span of the same campaign).</summary>
    public double[] Predict(CurveData data)
    {
        var adstock = Adstock.Apply(data.Spend, Parameters.CarryOver);
        return [.. adstock.Select((a, day) => Parameters.Value(a) * WeekdayMultipliers[data.Weekday[day]])];
    }
}
