using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds campaigns whose cost per conversion or ROAS is significantly worse than the tenant's other campaigns', and recommends pausing them.</summary>
/// <remarks>
/// Each live campaign is judged against the pooled rest by <see cref="CostJudge"/> (both measures, one p-value a
/// campaign, Benjamini-Hochberg across campaigns). A campaign whose spend would buy fewer than
/// <see cref="CostJudge.MinimumExpectedConversions"/> conversions at the others' rate is not judged: it gets no
/// recommendation, and the run says so.
/// </remarks>
public sealed class CampaignCostDetector : IRecommendationDetector
{
    private static readonly CostFinding Words = new(RecommendationKind.PauseCampaign, "", "the tenant's other campaigns", "campaigns");

    public bool ComparesCampaigns => true;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var live = tenant.Campaigns.Where(c => c.Status != CampaignStatus.Paused && c.Totals.Spend > 0)
            .Select(c => new CostArm(c.Id, c.Id, c.Totals, c.Days)).ToList();
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        var tested = CostJudge.Test(live, (arm, rates) => unjudged[arm.Target] =
            $"Insufficient data: {Figures.Count(rates.GroupConversions)} conversions on {Figures.Money(rates.GroupSpend)} spend; "
            + $"at the other campaigns' rate that spend buys {Figures.Count(rates.ExpectedAtRestRate)} conversions and {CostJudge.MinimumExpectedConversions} are needed to judge its cost.");
        var findings = CostJudge.Significant(tested)
            .Select(t => (Words with { Name = t.Test.Arm.Target }).Of(tenant, t.Test, t.Adjusted, tested.Count))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }
}
