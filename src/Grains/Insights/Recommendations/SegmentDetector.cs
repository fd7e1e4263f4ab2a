using System.Globalization;
using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds age × gender segments that convert significantly better or worse per unit of spend than the rest of the tenant, and recommends targeting or excluding them.</summary>
/// <remarks>
/// Cells are summed across campaigns; each is tested against the pooled other cells in both directions at a margin of
/// <see cref="Margin"/>, and the p-values of both directions of every cell are adjusted together with Benjamini-Hochberg.
/// A cell whose spend would buy fewer than <see cref="MinimumExpectedConversions"/> conversions at the rest's rate is not judged.
/// </remarks>
public sealed class SegmentDetector : IRecommendationDetector
{
    public const double Margin = 1.3;
    public const double MinimumExpectedConversions = 30;
    public const double FalseDiscoveryRate = 0.05;
    public const int MaxCampaignsActedOn = 20;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var cells = tenant.Campaigns
            .SelectMany(c => c.Segments.Where(s => IsAgeGender(s.Key)).Select(s => (Campaign: c.Id, s.Key, s.Totals)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Conversions: g.Sum(s => (double)s.Totals.Conversions), Spend: g.Sum(s => (double)s.Totals.Spend),
                Campaigns: g.OrderByDescending(s => s.Totals.Spend).Where(s => s.Totals.Spend > 0).Select(s => s.Campaign).Take(MaxCampaignsActedOn).ToList()))
            .Where(c => c.Spend > 0)
            .ToList();
        var totalConversions = cells.Sum(c => c.Conversions);
        var totalSpend = cells.Sum(c => c.Spend);
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        var tested = new List<(string Key, List<string> Campaigns, Rates Rates, bool Better, double P)>();
        foreach (var cell in cells)
        {
            var rates = new Rates(cell.Conversions, cell.Spend, totalConversions - cell.Conversions, totalSpend - cell.Spend);
            if (rates.RestConversions <= 0 || rates.ExpectedAtRestRate < MinimumExpectedConversions)
            {
                unjudged[Target(cell.Key)] = $"Insufficient data: {Figures.Count(cell.Conversions)} conversions on {Figures.Money(cell.Spend)} spend; {MinimumExpectedConversions} expected conversions are needed to judge a segment.";
                continue;
            }

            tested.Add((cell.Key, cell.Campaigns, rates, true, RateComparison.UpperTail(rates, Margin)));
            tested.Add((cell.Key, cell.Campaigns, rates, false, RateComparison.LowerTail(rates, 1 / Margin)));
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        var findings = tested.Select((t, i) => (t, Adjusted: adjusted[i]))
            .Where(x => x.Adjusted <= FalseDiscoveryRate)
            .Select(x => Finding(tenant, x.t.Key, x.t.Campaigns, x.t.Rates, x.t.Better, x.t.P, x.Adjusted, tested.Count / 2))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }

    /// <summary>The target name of a breakdown key <c>25-34|female</c>: <c>age=25-34|gender=female</c>.</summary>
    public static string Target(string key)
    {
        var parts = key.Split('|');
        return $"age={parts[0]}|gender={parts[1]}";
    }

    private static bool IsAgeGender(string key) => key.Split('|') is [var age, var gender] && age != "unknown" && gender != "unknown";

    private static Finding Finding(TenantEvidence tenant, string key, List<string> campaigns, Rates rates, bool better, double p, double adjusted, int count)
    {
        var weeklySpend = rates.GroupSpend / tenant.Days * 7;
        var gain = RateComparison.MovedSpendGain(rates, weeklySpend, Seeds.Of(key));
        var (value, lower, upper) = better ? (-gain.Value, -gain.Upper80, -gain.Lower80) : gain;
        var ratio = rates.GroupRate / rates.RestRate;
        var label = key.Replace('|', ' ');
        var evidence = new RecommendationEvidence(
            $"Exact conditional binomial test of the segment's conversions per unit of spend against the pooled other age × gender segments; H0: its rate is {(better ? "at most" : "at least")} {(better ? Margin : 1 / Margin).ToString("0.###", CultureInfo.InvariantCulture)} times theirs. Benjamini-Hochberg over both directions of {count} segments.",
            tenant.From, tenant.To, p, adjusted, count * 2,
            Figures.Of(("spend", rates.GroupSpend), ("conversions", rates.GroupConversions), ("conversionsPerSpend", rates.GroupRate),
                ("othersSpend", rates.RestSpend), ("othersConversions", rates.RestConversions), ("othersConversionsPerSpend", rates.RestRate), ("rateRatio", ratio)));
        var kind = better ? RecommendationKind.TargetSegment : RecommendationKind.ExcludeSegment;
        var assumption = better
            ? $"{Figures.Money(weeklySpend)} a week more on the segment, taken from the others, converting at the segment's rate."
            : $"The segment's {Figures.Money(weeklySpend)} a week spent on the others at their rate.";
        var explanation = $"People aged {key.Split('|')[0]} ({key.Split('|')[1]}) converted {ratio:0.00} times as often per unit of spend as the rest of the tenant's audience "
            + $"over the {tenant.Days} days to {tenant.To:yyyy-MM-dd} ({Figures.Count(rates.GroupConversions)} conversions on {Figures.Money(rates.GroupSpend)}), "
            + $"a difference very unlikely to be chance (adjusted p {Figures.P(adjusted)}). "
            + (better ? $"Raising its share of the budget should bring about {Figures.Count(value)} more conversions a week." : $"Excluding it should bring about {Figures.Count(value)} more conversions a week.");
        var tag = Tags.Clean($"{(better ? "target" : "exclude")} {label}");
        return new Finding(kind, Target(key), campaigns, $"{(better ? "Target" : "Exclude")} {label}: {ratio:0.00}× the rest's conversions per spend",
            explanation, evidence, new RecommendationImpact("conversions", value, lower, upper, assumption), 1 - adjusted, [new RuleAction(RuleActionType.Tag, Tag: tag)]);
    }
}
