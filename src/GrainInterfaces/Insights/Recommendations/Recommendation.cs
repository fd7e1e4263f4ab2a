using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One thing the tenant should do next: why, how sure, what it should gain, the actions it would take and where it stands.</summary>
/// <param name="Target">What it is about: a campaign (<c>meta:916</c>), a creative (<c>meta:916/creative/77</c>), a segment (<c>age=25-34|gender=female</c>) or the tenant's budget split (<c>budget</c>).</param>
/// <param name="Campaigns">The campaigns the actions play on (<c>meta:916</c>): one, or the biggest spenders in a segment.</param>
/// <param name="Confidence">One minus the adjusted p-value: how sure the detector is that the finding is not noise.</param>
/// <param name="Priority">Expected impact × confidence; lists are sorted by it.</param>
/// <param name="Actions">In the rules engine's vocabulary, played on each of <paramref name="Campaigns"/> when applied.</param>
/// <param name="StatusReason">Why it was dismissed or expired.</param>
/// <param name="Firing">The rules-machinery firing that applied it.</param>
/// <param name="PerCampaign">Actions that differ by campaign (a budget shift sets each campaign's own budget), played after <paramref name="Actions"/> on the campaign each names.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Recommendation")]
public sealed record Recommendation(
    [property: Id(0)] Guid Id,
    [property: Id(1)] RecommendationKind Kind,
    [property: Id(2)] string Target,
    [property: Id(3)] IReadOnlyList<string> Campaigns,
    [property: Id(4)] string Title,
    [property: Id(5)] string Explanation,
    [property: Id(6)] RecommendationEvidence Evidence,
    [property: Id(7)] RecommendationImpact Impact,
    [property: Id(8)] double Confidence,
    [property: Id(9)] double Priority,
    [property: Id(10)] IReadOnlyList<RuleAction> Actions,
    [property: Id(11)] RecommendationStatus Status,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt,
    [property: Id(14)] string? StatusReason = null,
    [property: Id(15)] string? StatusBy = null,
    [property: Id(16)] DateTimeOffset? AppliedAt = null,
    [property: Id(17)] Guid? Firing = null,
    [property: Id(18)] RecommendationOutcome? Outcome = null,
    [property: Id(19)] IReadOnlyList<CampaignActions>? PerCampaign = null)
{
    /// <summary>The same kind on the same target is the same recommendation: one open at a time.</summary>
    public string Fingerprint => $"{Kind}|{Target}";
}
