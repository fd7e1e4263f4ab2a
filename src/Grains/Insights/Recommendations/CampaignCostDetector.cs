using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds campaigns whose cost per conversion is significantly worse than the tenant's other campaigns', and recommends pausing them.</summary>
/// <remarks>
/// Each campaign is tested against the pooled rest with <see cref="RateComparison.LowerTail"/> at a margin of
/// <see cref="Margin"/> (the finding is "at least 1.5 times the others' cost", not "any difference"), the p-values are
/// adjusted across campaigns with Benjamini-Hochberg and kept at a false discovery rate of <see cref="FalseDiscoveryRate"/>.
/// A campaign whose spend would buy fewer than <see cref="MinimumExpectedConversions"/> conversions at the others' rate
/// is not judged: it gets no recommendation, and the run says so.
/// </remarks>
public sealed class CampaignCostDetector : IRecommendationDetector
{
    public const double Margin = 1.5;
    public const double MinimumExpectedConversions = 30;
    public const double FalseDiscoveryRate = 0.05;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var live = tenant.Campaigns.Where(c => c.Status != CampaignStatus.Paused && c.Totals.Spend > 0).ToList();
        var total = live.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals);
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        var tested = new List<(CampaignEvidence Campaign, Rates Rates, double P)>();
        foreach (var campaign in live)
        {
            var rest = total - campaign.Totals;
            var rates = new Rates((double)campaign.Totals.Conversions, (double)campaign.Totals.Spend, (double)rest.Conversions, (double)rest.Spend);
            if (rates.RestConversions <= 0)
            {
                continue;
            }

            if (rates.ExpectedAtRestRate < MinimumExpectedConversions)
            {
                unjudged[campaign.Id] = $"Insufficient data: {Figures.Count(rates.GroupConversions)} conversions on {Figures.Money(rates.GroupSpend)} spend; "
                    + $"at the other campaigns' rate that spend buys {Figures.Count(rates.ExpectedAtRestRate)} conversions and {MinimumExpectedConversions} are needed to judge its cost.";
                continue;
            }

            tested.Add((campaign, rates, RateComparison.LowerTail(rates, 1 / Margin)));
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        var findings = tested.Select((t, i) => (t.Campaign, t.Rates, t.P, Adjusted: adjusted[i]))
            .Where(t => t.Adjusted <= FalseDiscoveryRate)
            .Select(t => Finding(tenant, t.Campaign, t.Rates, t.P, t.Adjusted, tested.Count))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }

    private static Finding Finding(TenantEvidence tenant, CampaignEvidence campaign, Rates rates, double p, double adjusted, int count)
    {
        var weeklySpend = rates.GroupSpend / tenant.Days * 7;
        var gain = RateComparison.MovedSpendGain(rates, weeklySpend, Seeds.Of(campaign.Id));
        var cpa = 1 / rates.GroupRate;
        var restCpa = 1 / rates.RestRate;
        var evidence = new RecommendationEvidence(
            $"Exact conditional binomial test of conversions per unit of spend against the pooled other campaigns; H0: its cost per conversion is at most {Margin} times theirs. Benjamini-Hochberg over {count} campaigns.",
            tenant.From, tenant.To, p, adjusted, count,
            Figures.Of(("spend", rates.GroupSpend), ("conversions", rates.GroupConversions), ("cpa", cpa),
                ("othersSpend", rates.RestSpend), ("othersConversions", rates.RestConversions), ("othersCpa", restCpa), ("cpaRatio", rates.CostRatio)));
        var impact = new RecommendationImpact("conversions", gain.Value, gain.Lower80, gain.Upper80,
            $"Its {Figures.Money(weeklySpend)} a week spent at the other campaigns' rate instead of its own.");
        var explanation = $"{campaign.Id} paid {Figures.Money(cpa)} per conversion over the {tenant.Days} days to {tenant.To:yyyy-MM-dd}, "
            + $"{rates.CostRatio:0.0} times the {Figures.Money(restCpa)} of the tenant's other campaigns, on {Figures.Count(rates.GroupConversions)} conversions. "
            + $"A cost this far above the others' is very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} campaigns). "
            + $"Pausing it and spending its budget on the others should bring about {Figures.Count(gain.Value)} more conversions a week.";
        return new Finding(RecommendationKind.PauseCampaign, campaign.Id, [campaign.Id], $"Pause {campaign.Id}: {rates.CostRatio:0.0}× the others' cost per conversion",
            explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.Pause)]);
    }
}
