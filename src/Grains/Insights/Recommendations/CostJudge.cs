using GrainMarketing.Insights.Audience;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Judges targets against the pooled rest of their siblings by cost per conversion and by ROAS: one p-value a target, Benjamini-Hochberg across targets.</summary>
/// <remarks>
/// Cost per conversion: <see cref="RateComparison.LowerTail"/> at a margin of <see cref="Margin"/> (the finding is "at
/// least 1.5 times the siblings' cost", not "any difference"). ROAS, where the siblings report conversion value: each
/// side's ROAS with its delta-method standard error from the daily variation (<see cref="RatioOfSums"/>, as the
/// audience insight has it), and a one-sided z test of H0 "its ROAS is at least the siblings' divided by the margin".
/// A target's p-value is the smaller of the two doubled (Bonferroni over the two measures), so it gets one
/// recommendation when both are bad. A target whose spend would buy fewer than <see cref="MinimumExpectedConversions"/>
/// conversions at the siblings' rate is not judged by either; ROAS needs <see cref="MinimumRoasDays"/> days on each side.
/// </remarks>
public static class CostJudge
{
    public const double Margin = 1.5;
    public const double MinimumExpectedConversions = 30;
    public const int MinimumRoasDays = 7;
    public const double FalseDiscoveryRate = 0.05;

    /// <summary>Each target of <paramref name="siblings"/> with evidence enough, tested against the others pooled; <paramref name="thin"/> hears of each one without.</summary>
    public static IReadOnlyList<CostTest> Test(IReadOnlyList<CostArm> siblings, Action<CostArm, Rates>? thin = null)
    {
        var total = siblings.Aggregate(MetricTotals.Zero, (sum, a) => sum + a.Totals);
        var totalDays = CostArm.SumDays(siblings.SelectMany(a => a.Days)).ToDictionary(d => d.Date, d => d.Totals);
        var tested = new List<CostTest>();
        foreach (var arm in siblings)
        {
            var rest = total - arm.Totals;
            var rates = new Rates((double)arm.Totals.Conversions, (double)arm.Totals.Spend, (double)rest.Conversions, (double)rest.Spend);
            if (rates.RestConversions <= 0 || rates.GroupSpend <= 0)
            {
                continue;
            }

            if (rates.ExpectedAtRestRate < MinimumExpectedConversions)
            {
                thin?.Invoke(arm, rates);
                continue;
            }

            var cpa = RateComparison.LowerTail(rates, 1 / Margin);
            var roas = rest.ConversionValue > 0 ? Roas(arm, totalDays) : null;
            var p = roas is null ? cpa : Math.Min(1, 2 * Math.Min(cpa, roas.P));
            tested.Add(new CostTest(arm, rates, cpa, roas, p));
        }

        return tested;
    }

    /// <summary>The tests whose Benjamini-Hochberg adjusted p-value is within <see cref="FalseDiscoveryRate"/>, with it.</summary>
    public static IEnumerable<(CostTest Test, double Adjusted)> Significant(IReadOnlyList<CostTest> tested)
    {
        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        return tested.Select((t, i) => (Test: t, Adjusted: adjusted[i])).Where(t => t.Adjusted <= FalseDiscoveryRate);
    }

    private static RoasComparison? Roas(CostArm arm, Dictionary<DateOnly, MetricTotals> totalDays)
    {
        var own = arm.Days.ToDictionary(d => d.Date, d => d.Totals);
        var mine = RatioOfSums.Of(own.Values.Select(t => ((double)t.ConversionValue, (double)t.Spend)));
        var others = RatioOfSums.Of(totalDays.Select(d => d.Value - own.GetValueOrDefault(d.Key)).Select(t => ((double)t.ConversionValue, (double)t.Spend)));
        if (mine is not { Days: >= MinimumRoasDays } group || others is not { Days: >= MinimumRoasDays } rest)
        {
            return null;
        }

        var error = Math.Sqrt((group.StandardError * group.StandardError) + Math.Pow(rest.StandardError / Margin, 2));
        return double.IsFinite(error) && error > 0
            ? new RoasComparison(group, rest, Normal.CDF(0, 1, (group.Ratio - (rest.Ratio / Margin)) / error))
            : null;
    }
}
