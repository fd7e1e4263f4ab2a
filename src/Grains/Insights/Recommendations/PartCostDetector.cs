using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds ad sets whose cost per conversion or ROAS is significantly worse than their campaign's other ad sets', and creatives worse than the other creatives of their ad set, and recommends pausing them.</summary>
/// <remarks>
/// The same judgement as <see cref="CampaignCostDetector"/> (<see cref="CostJudge"/>) one level down. A creative is
/// compared with the other creatives of its ad set (of its campaign where no ad set is reported), so a bad ad set is
/// one recommendation, not one for each of its creatives; a creative reported under several ad sets belongs to the one
/// it spent most in. Benjamini-Hochberg runs across all the tenant's ad sets, and separately across its creatives.
/// Parts too thin to judge are not listed as unjudged: a tenant has many, and the campaign's own line says enough.
/// </remarks>
public sealed class PartCostDetector : IRecommendationDetector
{
    public DetectorRun Detect(TenantEvidence tenant)
    {
        var live = tenant.Campaigns.Where(c => c.Status != CampaignStatus.Paused && c.Totals.Spend > 0).ToList();
        var adSets = live.SelectMany(c => CostJudge.Test(AdSets(c))).ToList();
        var creatives = live.SelectMany(c => Creatives(c).SelectMany(siblings => CostJudge.Test(siblings))).ToList();
        var findings = CostJudge.Significant(adSets).Select(t => AdSetWords(t.Test.Arm).Of(tenant, t.Test, t.Adjusted, adSets.Count))
            .Concat(CostJudge.Significant(creatives).Select(t => CreativeWords(t.Test.Arm).Of(tenant, t.Test, t.Adjusted, creatives.Count)))
            .ToList();
        return new DetectorRun(findings, new Dictionary<string, string>());
    }

    /// <summary>The campaign's ad sets, each an arm; none when it reports fewer than two.</summary>
    private static List<CostArm> AdSets(CampaignEvidence campaign)
    {
        var arms = campaign.Parts.Where(p => !string.IsNullOrEmpty(p.AdSetId)).GroupBy(p => p.AdSetId!, StringComparer.Ordinal)
            .Select(g => Arm($"{campaign.Id}/adset/{g.Key}", campaign.Id, g))
            .ToList();
        return arms.Count >= 2 ? arms : [];
    }

    /// <summary>The campaign's creatives grouped by the ad set each spent most in: the sibling groups of two or more.</summary>
    private static IEnumerable<List<CostArm>> Creatives(CampaignEvidence campaign) =>
        campaign.Parts.Where(p => !string.IsNullOrEmpty(p.AdId)).GroupBy(p => p.AdId!, StringComparer.Ordinal)
            .Select(ad => (AdSet: ad.OrderByDescending(p => p.Days.Sum(d => d.Totals.Spend)).First().AdSetId ?? "", Arm: Arm($"{campaign.Id}/creative/{ad.Key}", campaign.Id, ad)))
            .GroupBy(c => c.AdSet, StringComparer.Ordinal)
            .Select(group => group.Select(c => c.Arm).ToList())
            .Where(group => group.Count >= 2);

    private static CostArm Arm(string target, string campaign, IEnumerable<PartSeries> parts)
    {
        var days = CostArm.SumDays(parts.SelectMany(p => p.Days));
        return new CostArm(target, campaign, days.Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Totals), days);
    }

    private static CostFinding AdSetWords(CostArm arm) =>
        new(RecommendationKind.PauseAdSet, $"ad set {Part(arm)} of {arm.Campaign}", $"the other ad sets of {arm.Campaign}", "ad sets");

    private static CostFinding CreativeWords(CostArm arm) =>
        new(RecommendationKind.PauseCreative, $"creative {Part(arm)} of {arm.Campaign}", "the other creatives of its ad set", "creatives");

    private static string Part(CostArm arm) => arm.Target[(arm.Target.LastIndexOf('/') + 1)..];
}
