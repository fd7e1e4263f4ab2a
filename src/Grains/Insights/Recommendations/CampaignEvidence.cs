using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>What the detectors read of one campaign over the window: its sums, its age × gender cells and its creatives' days.</summary>
/// <param name="Id">The API's campaign id, <c>meta:916</c>.</param>
/// <param name="Segments">Rows keyed <c>age|gender</c>.</param>
public sealed record CampaignEvidence(
    string Id,
    CampaignStatus? Status,
    MetricTotals Totals,
    IReadOnlyList<BreakdownRow> Segments,
    IReadOnlyList<CreativeDay> Creatives);
