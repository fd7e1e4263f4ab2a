using System.Globalization;
using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds age × gender segments that convert significantly better or worse per unit of spend than the rest of the tenant, and recommends targeting or excluding them.</summary>
/// <remarks>
/// Cells are summed across campaigns; each is tested against the pooled other cells (less those a first pass found on the other side) in both directions at a margin of
/// <see cref="Margin"/>, and the p-values of both directions of every cell are adjusted together with Benjamini-Hochberg.
/// A cell whose spend would buy fewer than <see cref="MinimumExpectedConversions"/> conversions at the rest's rate is not judged.
/// </remarks>
public sealed class SegmentDetector : IRecommendationDetector
{
    public const double Margin = 1.2;
    public const double MinimumExpectedConversions = 30;
    public const double FalseDiscoveryRate = 0.05;
    public const int MaxCampaignsActedOn = 20;

    public bool ComparesCampaigns => true;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var cells = tenant.Campaigns
            .SelectMany(c => c.Segments.Where(s => IsAgeGender(s.Key)).Select(s => (Campaign: c.Id, s.Key, s.Totals)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Conversions: g.Sum(s => (double)s.Totals.Conversions), Spend: g.Sum(s => (double)s.Totals.Spend),
                Campaigns: g.OrderByDescending(s => s.Totals.Spend).Where(s => s.Totals.Spend > 0).Select(s => s.Campaign).Take(MaxCampaignsActedOn).ToList()))
            .Where(c => c.Spend > 0)
            .ToList();
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in cells.Where(c => c.Spend * (cells.Sum(o => o.Conversions) - c.Conversions) / (cells.Sum(o => o.Spend) - c.Spend) < MinimumExpectedConversions))
        {
            unjudged[Target(cell.Key, tenant.Currency)] = $"Insufficient data: {Figures.Count(cell.Conversions)} conversions on {Figures.Money(cell.Spend)} spend; {MinimumExpectedConversions} expected conversions are needed to judge a segment.";
        }

        var judged = cells.Where(c => !unjudged.ContainsKey(Target(c.Key, tenant.Currency))).Select(c => new Cell(c.Key, c.Campaigns, c.Conversions, c.Spend)).ToList();
        var first = Test(judged, [], []);
        var second = Test(judged, Keys(first, better: true), Keys(first, better: false));
        var findings = second.Where(t => t.Adjusted <= FalseDiscoveryRate)
            .Select(t => Finding(tenant, t.Cell.Key, t.Cell.Campaigns, t.Rates, t.Better, t.P, t.Adjusted, judged.Count))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }

    /// <summary>
    /// Both directions of every cell against the rest, adjusted together. The rest leaves out the cells the first pass found
    /// on the other side, so one segment converting twice as well does not make ordinary ones look significantly worse.
    /// </summary>
    private static List<Tested> Test(List<Cell> cells, HashSet<string> better, HashSet<string> worse)
    {
        var tested = new List<Tested>();
        foreach (var cell in cells)
        {
            var upRest = cells.Where(c => c.Key != cell.Key && !worse.Contains(c.Key)).ToList();
            var downRest = cells.Where(c => c.Key != cell.Key && !better.Contains(c.Key)).ToList();
            var up = new Rates(cell.Conversions, cell.Spend, upRest.Sum(c => c.Conversions), upRest.Sum(c => c.Spend));
            var down = new Rates(cell.Conversions, cell.Spend, downRest.Sum(c => c.Conversions), downRest.Sum(c => c.Spend));
            tested.Add(new Tested(cell, up, true, RateComparison.UpperTail(up, Margin), 1));
            tested.Add(new Tested(cell, down, false, RateComparison.LowerTail(down, 1 / Margin), 1));
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        return [.. tested.Select((t, i) => t with { Adjusted = adjusted[i] })];
    }

    private static HashSet<string> Keys(List<Tested> tested, bool better) =>
        tested.Where(t => t.Better == better && t.Adjusted <= FalseDiscoveryRate).Select(t => t.Cell.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The target name of a breakdown key <c>25-34|female</c>: <c>age=25-34|gender=female</c>, with <c>|currency=USD</c>
    /// for the segment among the campaigns of a currency other than the tenant's.
    /// </summary>
    public static string Target(string key, string? currency = null)
    {
        var parts = key.Split('|');
        return currency is null ? $"age={parts[0]}|gender={parts[1]}" : $"age={parts[0]}|gender={parts[1]}|currency={currency}";
    }

    private sealed record Cell(string Key, List<string> Campaigns, double Conversions, double Spend);

    private sealed record Tested(Cell Cell, Rates Rates, bool Better, double P, double Adjusted);

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
        return new Finding(kind, Target(key, tenant.Currency), campaigns, $"{(better ? "Target" : "Exclude")} {label}: {ratio:0.00}× the rest's conversions per spend",
            explanation, evidence, new RecommendationImpact("conversions", value, lower, upper, assumption), 1 - adjusted, [new RuleAction(RuleActionType.Tag, Tag: tag)]);
    }
}
