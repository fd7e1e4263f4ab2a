using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds campaigns whose conversions per unit of spend differ significantly across the parts of the day, and recommends concentrating spend in the better ones.</summary>
/// <remarks>
/// The last week's arrivals by hour (the campaign grain's hour ring, in the tenant's zone) are summed into four blocks of
/// six hours. A chi-square test of homogeneity of Poisson rates (conversions against each block's share of spend, three
/// degrees of freedom) gives each campaign's p-value; they are adjusted across campaigns with Benjamini-Hochberg. Only
/// blocks expecting at least <see cref="MinimumExpectedPerBlock"/> conversions take part (the chi-square approximation's
/// rule), and a campaign needs two such blocks and <see cref="MinimumConversions"/> conversions in the week; otherwise it
/// is not judged. The better blocks are those whose standardised residual exceeds the Bonferroni bound over the blocks;
/// when none does, the blocks not significantly worse. The rules' vocabulary has no schedule action, so the action is a
/// tag naming the hours, for whoever sets the platform's ad schedule.
/// </remarks>
public sealed class DaypartDetector : IRecommendationDetector
{
    public const int BlockHours = 6;
    public const double MinimumExpectedPerBlock = 5;
    public const double MinimumConversions = 40;
    public const double FalseDiscoveryRate = 0.001;
    public const double MovedShare = 0.5;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        var tested = new List<DaypartTest>();
        foreach (var campaign in tenant.Campaigns.Where(c => c.Status != CampaignStatus.Paused && c.Hours is { Count: 24 }))
        {
            var blocks = Enumerable.Range(0, 24 / BlockHours)
                .Select(b => campaign.Hours!.Skip(b * BlockHours).Take(BlockHours).Aggregate(MetricTotals.Zero, (sum, h) => sum + h))
                .Select((t, b) => new DaypartBlock(b * BlockHours, (double)t.Conversions, (double)t.Spend))
                .ToList();
            if (blocks.Sum(b => b.Spend) <= 0)
            {
                continue;
            }

            var test = DaypartTest.Of(campaign.Id, blocks, MinimumExpectedPerBlock);
            if (test.Blocks.Count < 2 || test.Conversions < MinimumConversions)
            {
                unjudged[campaign.Id] = $"Insufficient data to judge its hours: {Figures.Count(blocks.Sum(b => b.Conversions))} conversions in the last week's hours; "
                    + $"{MinimumConversions} are needed, and at least {MinimumExpectedPerBlock} expected in each of two {BlockHours}-hour blocks.";
                continue;
            }

            tested.Add(test);
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        var findings = tested.Select((t, i) => (Test: t, Adjusted: adjusted[i]))
            .Where(x => x.Adjusted <= FalseDiscoveryRate && x.Test.Better() is { Count: > 0 } better && better.Count < x.Test.Blocks.Count)
            .Select(x => Finding(tenant, x.Test, x.Adjusted, tested.Count))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }

    private static Finding Finding(TenantEvidence tenant, DaypartTest test, double adjusted, int count)
    {
        var better = test.Better();
        var worse = test.Blocks.Where(b => !better.Contains(b)).ToList();
        var rates = new Rates(worse.Sum(b => b.Conversions), worse.Sum(b => b.Spend), better.Sum(b => b.Conversions), better.Sum(b => b.Spend));
        var gain = RateComparison.MovedSpendGain(rates, MovedShare * rates.GroupSpend, Seeds.Of($"daypart|{test.Campaign}"));
        var hours = string.Join(", ", better.Select(b => b.Name));
        var evidence = new RecommendationEvidence(
            $"Chi-square test of homogeneity of conversions per unit of spend across {test.Blocks.Count} {BlockHours}-hour blocks of the last week's arrivals (tenant's time zone), {test.Blocks.Count - 1} degrees of freedom; H0: every block converts alike. Benjamini-Hochberg over {count} campaigns; better blocks by standardised residual beyond the Bonferroni bound.",
            tenant.To.AddDays(-6), tenant.To, test.P, adjusted, count,
            Figures.Of([("chiSquare", test.ChiSquare), ("conversions", test.Conversions), ("betterConversionsPerSpend", rates.RestRate), ("otherConversionsPerSpend", rates.GroupRate),
                .. test.Blocks.Select(b => ($"conversionsPerSpend{b.Start:00}", b.Rate)), .. test.Blocks.Select(b => ($"residual{b.Start:00}", test.Residual(b)))]));
        var impact = new RecommendationImpact("conversions", gain.Value, gain.Lower80, gain.Upper80,
            $"Half of the other hours' {Figures.Money(rates.GroupSpend)} a week spent in {hours} at their rate.");
        var explanation = $"{test.Campaign} converted {rates.RestRate / rates.GroupRate:0.00} times as well per unit of spend in {hours} as in its other hours over the last week "
            + $"({Figures.Count(rates.RestConversions)} conversions on {Figures.Money(rates.RestSpend)} against {Figures.Count(rates.GroupConversions)} on {Figures.Money(rates.GroupSpend)}), "
            + $"a difference very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} campaigns). "
            + $"Moving half of the other hours' spend into {hours} should bring about {Figures.Count(gain.Value)} more conversions a week. "
            + "The rules cannot schedule hours, so applying tags the campaign for its ad schedule on the platform.";
        return new Finding(RecommendationKind.Daypart, test.Campaign, [test.Campaign], $"Daypart {test.Campaign}: {hours} convert {rates.RestRate / rates.GroupRate:0.0}× better",
            explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.Tag, Tag: Tags.Clean($"daypart {string.Join(" ", better.Select(b => b.Name))}"))]);
    }
}
