using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>Builds a tenant's audience insight from its segments' days: intervals, both rankings, saturation and weekly trends.</summary>
public static class AudienceInsights
{
    public const double Alpha = 0.05;

    /// <summary>Below this many conversions a segment's interval and tests would claim more than its data holds.</summary>
    public const double MinimumConversions = 20;

    public const string CpaInterval =
        "Exact (Garwood) 95% interval: conversions as Poisson given spend, the mean's limits as Gamma quantiles (shape conversions and conversions + 1), spend divided by them.";

    public const string RoasInterval =
        "Delta-method 95% interval of a ratio of sums: the standard error from each day's residual value − ROAS × spend, Student's t on days − 1 degrees of freedom; deterministic, and it carries the conversion count's and order value's day-to-day variation without modelling either.";

    /// <param name="missing">The platforms whose numbers the segments cannot include (<see cref="BreakdownCoverage"/>).</param>
    /// <param name="unconverted">The segments' days left out of <paramref name="series"/> because some of their money had no rate.</param>
    public static AudienceInsightReport Report(
        AudienceInsightQuery query, IReadOnlyList<(string Segment, IReadOnlyList<DayTotals> Days)> series, IReadOnlyList<MissingSource> missing,
        IReadOnlyList<UnconvertedMoney> unconverted)
    {
        var segments = series.Select(s => new AudienceSegment(s.Segment, s.Days, MinimumConversions)).ToList();
        var byCpa = SegmentVersusRest.ByCpa(segments, Alpha);
        var byRoas = SegmentVersusRest.ByRoas(segments, Alpha);
        var saturation = SaturationTest.Assess(segments, query.Range, Alpha);
        var insights = segments
            .OrderBy(s => byCpa[s.Segment].Position ?? int.MaxValue)
            .ThenByDescending(s => s.Totals.Spend)
            .ThenBy(s => s.Segment, StringComparer.Ordinal)
            .Select(s => Insight(s, query.Range, byCpa[s.Segment], byRoas[s.Segment], saturation[s.Segment]))
            .ToList();
        var saturating = insights.Where(s => s.Saturation.Saturating).OrderByDescending(s => s.Saturation.Elasticity).Select(s => s.Segment).ToList();
        var methods = new AudienceMethods(CpaInterval, RoasInterval, SegmentVersusRest.CpaTest, SegmentVersusRest.RoasTest, SaturationTest.Description);
        return new AudienceInsightReport(query.Label, query.Range, Alpha, MinimumConversions, methods, insights, saturating, missing, unconverted);
    }

    private static AudienceSegmentInsight Insight(
        AudienceSegment segment, DateRange range, SegmentComparison cpaRank, SegmentComparison roasRank, SaturationAssessment saturation)
    {
        var totals = segment.Totals;
        double? cpa = totals.Conversions > 0 ? (double)(totals.Spend / totals.Conversions) : null;
        var roas = SegmentVersusRest.Daily(segment);
        var cpaEstimate = new KpiEstimate(cpa, null, null);
        var roasEstimate = new KpiEstimate(roas?.Ratio, null, null);
        string? insufficient = null;
        if (segment.Sufficient)
        {
            var (low, high) = CostPerConversionInterval.Of((double)totals.Spend, (double)totals.Conversions);
            cpaEstimate = cpaEstimate with { Low = low, High = high };
            if (roas?.Interval() is { } interval)
            {
                roasEstimate = roasEstimate with { Low = interval.Low, High = interval.High };
            }
        }
        else
        {
            insufficient = string.Create(CultureInfo.InvariantCulture, $"{totals.Conversions:0.##} conversions in the window; {MinimumConversions} are needed before intervals, rankings or saturation are claimed.");
        }

        return new AudienceSegmentInsight(
            segment.Segment, totals, totals.Kpis, segment.Sufficient, insufficient, cpaEstimate, roasEstimate, cpaRank, roasRank, saturation,
            IsoWeeks.Of(segment.Days, range));
    }
}
