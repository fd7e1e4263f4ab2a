using GrainMarketing.Metrics;

namespace GrainMarketing.History;

/// <summary>One campaign's summed totals on one day.</summary>
public sealed record CampaignDayTotals(CampaignKey Campaign, DateOnly Date, MetricTotals Totals);
