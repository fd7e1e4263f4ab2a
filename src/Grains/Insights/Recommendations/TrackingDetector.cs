using GrainMarketing.Automation;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Recommends checking the conversion tracking of a campaign with an open broken-pixel anomaly: spend going on while no conversion arrives for far longer than its rate allows.</summary>
/// <remarks>The anomaly detector made the test (its score is an equivalent normal deviate); this detector only turns it into a recommendation with the campaign's usual weekly conversions as the impact.</remarks>
public sealed class TrackingDetector : IRecommendationDetector
{
    public DetectorRun Detect(TenantEvidence tenant)
    {
        var campaigns = tenant.Campaigns.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var findings = tenant.BrokenTracking
            .GroupBy(i => i.Campaign, StringComparer.Ordinal)
            .Select(g => g.MaxBy(i => i.Score)!)
            .Select(incident => Finding(tenant, incident, campaigns.GetValueOrDefault(incident.Campaign)))
            .ToList();
        return new DetectorRun(findings, new Dictionary<string, string>());
    }

    private static Finding Finding(TenantEvidence tenant, TrackingIncident incident, CampaignEvidence? campaign)
    {
        var weekly = campaign is null ? 0 : (double)campaign.Totals.Conversions / tenant.Days * 7;
        var spread = Normal.InvCDF(0, 1, 0.9) * Math.Sqrt(weekly);
        var p = 1 - Normal.CDF(0, 1, incident.Score);
        var evidence = new RecommendationEvidence(
            "Open broken-pixel anomaly: no conversion for far longer than the campaign's conversion rate allows while it spent (the anomaly detector's test, score as a normal deviate).",
            DateOnly.FromDateTime(incident.Hour.UtcDateTime), tenant.To, p, p, 1,
            Figures.Of(("score", incident.Score), ("expectedConversionsInHour", incident.Expected), ("usualWeeklyConversions", weekly)));
        var explanation = $"Conversions of {incident.Campaign} stopped arriving from {incident.Hour:yyyy-MM-dd HH:mm} UTC while it kept spending ({incident.Evidence}). "
            + $"The tracking (pixel, tag or conversion API) is the likeliest cause; until it is fixed about {Figures.Count(weekly)} conversions a week go unrecorded and the bidding optimises blind.";
        return new Finding(RecommendationKind.FixTracking, incident.Campaign, [incident.Campaign], $"Check the conversion tracking of {incident.Campaign}",
            explanation, evidence, new RecommendationImpact("conversions", weekly, Math.Max(0, weekly - spread), weekly + spread, "The campaign's usual weekly conversions recorded again."),
            1 - p, [new RuleAction(RuleActionType.Tag, Tag: "check tracking")]);
    }
}
