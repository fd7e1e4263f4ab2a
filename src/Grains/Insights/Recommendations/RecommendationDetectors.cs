namespace GrainMarketing.Insights.Recommendations;

/// <summary>Every detector in the order the issue ranks them, run over one tenant's evidence: their findings and what they could not judge.</summary>
public sealed class RecommendationDetectors
{
    private readonly IRecommendationDetector[] _detectors =
    [
        new CampaignCostDetector(), new PartCostDetector(), new SegmentDetector(), new CreativeFatigueDetector(), new TrackingDetector(),
        new ScaleWinnerDetector(), new ShiftBudgetDetector(), new DaypartDetector(),
    ];

    /// <remarks>
    /// A detector that compares campaigns' conversions per unit of spend runs once per currency the campaigns spend in,
    /// over the campaigns whose objective asks for conversions (<see cref="CampaignObjectives"/>); the others are named
    /// as not judged.
    /// </remarks>
    public DetectorRun Detect(TenantEvidence tenant)
    {
        var seeks = tenant.Campaigns.ToLookup(c => CampaignObjectives.SeeksConversions(c.Objective));
        var byCurrency = (tenant with { Campaigns = [.. seeks[true]] }).ByCurrency().ToList();
        var runs = _detectors.SelectMany(d => d.ComparesCampaigns ? byCurrency.Select(d.Detect) : [d.Detect(tenant)]).ToList();
        var unjudged = seeks[false].Where(c => c.Status != Metrics.CampaignStatus.Paused && c.Totals.Spend > 0)
            .ToDictionary(c => c.Id, c => $"Not compared with the other campaigns: its objective ({c.Objective}) buys no conversions, so its cost per conversion says nothing.", StringComparer.Ordinal);
        foreach (var (target, reason) in runs.SelectMany(r => r.Unjudged))
        {
            // One target may be too thin for several detectors (its cost and its hours): each reason is kept.
            unjudged[target] = unjudged.TryGetValue(target, out var earlier) ? $"{earlier} {reason}" : reason;
        }

        return new DetectorRun([.. runs.SelectMany(r => r.Findings)], unjudged);
    }
}
