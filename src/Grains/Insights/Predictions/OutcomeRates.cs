namespace GrainMarketing.Insights.Predictions;

/// <summary>From the rates the models predict (outcome per unit of spend) to outcomes.</summary>
public static class OutcomeRates
{
    /// <summary>Each rate, at least zero, times its day's spend.</summary>
    public static IReadOnlyList<double> Scale(IReadOnlyList<double> rates, IReadOnlyList<double> spend) =>
        [.. rates.Select((rate, i) => Math.Max(0, rate) * Math.Max(0, spend[i]))];
}
