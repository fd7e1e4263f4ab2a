using GrainMarketing.Currencies;
using GrainMarketing.Demographics;

namespace GrainMarketing.Campaigns;

/// <summary>Keeps the segments of the query's dimension that reach its minimum spend and sorts them by its metric.</summary>
public static class SegmentListing
{
    public static RankedSegments Rank(IEnumerable<SegmentSummary> segments, SegmentRankQuery query)
    {
        var asked = segments.Where(s => s.Key.Dimension == query.Dimension && s.Key.IsAgeGenderCross == query.Cross).ToList();
        var kept = asked.Where(s => s.Totals.Spend >= query.MinSpend).ToList();
        var conversions = asked.Where(s => s.Conversion is not null).Select(s => s.Conversion!).ToList();
        return new RankedSegments(
            MetricOrder.Sort(kept, s => s.Totals, s => s.Key.Label, query.Metric, query.Order),
            asked.Count - kept.Count,
            conversions.Count == 0 ? null : MoneyConversion.Merge(conversions[0].Currency, conversions));
    }
}
