using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>An auction-insights export as read: the period its date-range line names (null without one), its rows, and how it was written.</summary>
/// <param name="Format">The encoding and separator found, for example <c>utf-16le, tab</c>.</param>
public sealed record AuctionInsightsFile(DateRange? Period, IReadOnlyList<AuctionInsightsRow> Rows, string Format);
