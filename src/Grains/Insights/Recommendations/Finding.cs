using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>What a detector found in one run, before the book decides whether it is new, the same as an open one, or back after a dismissal.</summary>
public sealed record Finding(
    RecommendationKind Kind,
    string Target,
    IReadOnlyList<string> Campaigns,
    string Title,
    string Explanation,
    RecommendationEvidence Evidence,
    RecommendationImpact Impact,
    double Confidence,
    IReadOnlyList<RuleAction> Actions,
    IReadOnlyList<CampaignActions>? PerCampaign = null)
{
    public string Fingerprint => $"{Kind}|{Target}";

    public double Priority => Math.Max(Impact.Value, 0) * Confidence;
}
