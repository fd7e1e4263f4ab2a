using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>What the detectors read of one campaign over the window: its sums and days, its age × gender cells, its ad sets' and creatives' days, its response curves and its hours of the day.</summary>
/// <param name="Id">The API's campaign id, <c>meta:916</c>.</param>
/// <param name="Segments">Rows keyed <c>age|gender</c>.</param>
/// <param name="Days">Its totals per day of the window, oldest first.</param>
/// <param name="Parts">Each (ad set, ad) pair's days over the window.</param>
/// <param name="Curves">Its fitted response curves (or why they could not be fitted); null when they were not read (a paused campaign).</param>
/// <param name="Hours">The last week's arrivals by hour of the day in the tenant's zone (24 entries, midnight first); empty when not read.</param>
/// <param name="Currency">The currency its money is in when that is not the tenant's; null: the tenant's.</param>
/// <param name="Objective">Its objective as the platform or import named it; null when none is known.</param>
public sealed record CampaignEvidence(
    string Id,
    CampaignStatus? Status,
    MetricTotals Totals,
    IReadOnlyList<BreakdownRow> Segments,
    IReadOnlyList<DayTotals> Days,
    IReadOnlyList<PartSeries> Parts,
    CampaignResponseCurves? Curves = null,
    IReadOnlyList<MetricTotals>? Hours = null,
    string? Currency = null,
    string? Objective = null);
