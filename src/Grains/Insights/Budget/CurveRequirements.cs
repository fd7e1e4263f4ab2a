namespace GrainMarketing.Insights.Budget;

/// <summary>What a campaign's days must show before a response curve can be identified from them.</summary>
/// <remarks>
/// Four weeks of spending days separate the weekday pattern from the response; a spend that barely moved says
/// nothing about the slope (the curve through one point is any curve); and the outcome must have happened on
/// enough days for a shape to be fitted rather than a handful of events.
/// </remarks>
public static class CurveRequirements
{
    public const int MinSpendDays = 28;
    public const double MinSpendVariation = 0.10;
    public const int MinOutcomeDays = 14;

    /// <summary>Each requirement <paramref name="data"/> misses, named as the 409's <c>missing</c> map names it; empty when a curve can be fitted.</summary>
    public static Dictionary<string, string> Missing(CurveData data, string outcome)
    {
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        var spending = data.Spend.Where(s => s > 0).ToArray();
        if (spending.Length < MinSpendDays)
        {
            missing["days"] = FormattableString.Invariant($"{MinSpendDays} days with spend needed, {spending.Length} recorded");
        }

        var variation = Variation(spending);
        if (spending.Length >= 2 && variation < MinSpendVariation)
        {
            missing["spendVariation"] = FormattableString.Invariant($"daily spend varying by {MinSpendVariation:P0} (coefficient of variation) needed, {variation:P1} recorded");
        }

        var outcomeDays = data.Outcome.Count(o => o > 0);
        if (outcomeDays < MinOutcomeDays)
        {
            missing[outcome] = FormattableString.Invariant($"{MinOutcomeDays} days with {outcome} needed, {outcomeDays} recorded");
        }

        return missing;
    }

    private static double Variation(double[] spending)
    {
        if (spending.Length < 2)
        {
            return 0;
        }

        var mean = spending.Average();
        var variance = spending.Sum(s => (s - mean) * (s - mean)) / (spending.Length - 1);
        return mean > 0 ? Math.Sqrt(variance) / mean : 0;
    }
}
