namespace GrainMarketing.Insights.Recommendations;

/// <summary>Every detector in the order the issue ranks them, run over one tenant's evidence: their findings and what they could not judge.</summary>
public sealed class RecommendationDetectors
{
    private readonly IRecommendationDetector[] _detectors =
    [
        new CampaignCostDetector(), new PartCostDetector(), new SegmentDetector(), new CreativeFatigueDetector(), new TrackingDetector(),
        new ScaleWinnerDetector(), new ShiftBudgetDetector(), new DaypartDetector(),
    ];

    /// <remarks>A detector that compares campaigns' money with each other's runs once per currency the campaigns spend in.</remarks>
    public DetectorRun Detect(TenantEvidence tenant)
    {
        var runs = _detectors.SelectMany(d => d.ComparesCampaigns ? tenant.ByCurrency().Select(d.Detect) : [d.Detect(tenant)]).ToList();
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (target, reason) in runs.SelectMany(r => r.Unjudged))
        {
            // One target may be too thin for several detectors (its cost and its hours): each reason is kept.
            unjudged[target] = unjudged.TryGetValue(target, out var earlier) ? $"{earlier} {reason}" : reason;
        }

        return new DetectorRun([.. runs.SelectMany(r => r.Findings)], unjudged);
    }
}
