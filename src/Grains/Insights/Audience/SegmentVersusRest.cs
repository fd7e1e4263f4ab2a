using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Audience;

/// <summary>Tests each segment with enough evidence against the pooled rest of its dimension, by CPA or by ROAS, and ranks them.</summary>
/// <remarks>
/// Both KPIs are "per unit of spend" (conversions, conversion value), so better means higher. Each segment's two-sided
/// p-value is twice the smaller one-sided one; the p-values are Holm-adjusted over the segments tested, so the chance
/// of calling any ordinary segment better or worse stays at or below alpha. Two passes: the second leaves out of the
/// rest the segments the first found on the other side, so one segment converting twice as well does not make
/// ordinary ones look significantly worse. Segments below the evidence gate still count in everyone's rest.
/// </remarks>
public static class SegmentVersusRest
{
    public const string CpaTest =
        "Exact conditional binomial test of the segment's conversions per unit of spend against the pooled other segments (Poisson conversions given spend), two-sided, Holm-adjusted over the segments tested.";

    public const string RoasTest =
        "Welch-type z test of the segment's ROAS against the pooled other segments' ROAS, each with its delta-method standard error from the daily variation, two-sided, Holm-adjusted over the segments tested.";

    public static IReadOnlyDictionary<string, SegmentComparison> ByCpa(IReadOnlyList<AudienceSegment> segments, double alpha) =>
        Compare(segments, alpha, CpaTails, s => Cpa(s.Totals.Spend, s.Totals.Conversions), lowerIsBetter: true);

    public static IReadOnlyDictionary<string, SegmentComparison> ByRoas(IReadOnlyList<AudienceSegment> segments, double alpha) =>
        Compare(segments, alpha, RoasTails, s => Roas(s.Totals.ConversionValue, s.Totals.Spend), lowerIsBetter: false);

    private static Dictionary<string, SegmentComparison> Compare(
        IReadOnlyList<AudienceSegment> segments, double alpha, Func<AudienceSegment, List<AudienceSegment>, (double Higher, double Lower)> tails,
        Func<AudienceSegment, double?> value, bool lowerIsBetter)
    {
        var judged = segments.Where(s => s.Sufficient).ToList();
        var first = Pass(judged, segments, [], [], tails);
        var second = Pass(judged, segments, Found(first, alpha, higher: true), Found(first, alpha, higher: false), tails);
        var known = judged.Where(s => value(s) is not null);
        var ranked = (lowerIsBetter ? known.OrderBy(value) : known.OrderByDescending(value)).ThenBy(s => s.Segment, StringComparer.Ordinal).ToList();
        return segments.ToDictionary(s => s.Segment, s =>
        {
            var rest = segments.Where(o => o.Segment != s.Segment).ToList();
            var ratio = value(s) is { } own && value(Pooled(rest)) is { } others && others > 0 ? own / others : (double?)null;
            if (!second.TryGetValue(s.Segment, out var test))
            {
                return new SegmentComparison(null, ratio, null, null, "insufficient");
            }

            var verdict = test.Adjusted < alpha ? (test.Higher ? "better" : "worse") : "not-different";
            var position = ranked.IndexOf(s) is var index and >= 0 ? index + 1 : (int?)null;
            return new SegmentComparison(position, ratio, test.P, test.Adjusted, verdict);
        }, StringComparer.Ordinal);
    }

    private static Dictionary<string, Tested> Pass(
        List<AudienceSegment> judged, IReadOnlyList<AudienceSegment> all, HashSet<string> better, HashSet<string> worse,
        Func<AudienceSegment, List<AudienceSegment>, (double Higher, double Lower)> tails)
    {
        var tested = judged.Select(s =>
        {
            // Proving a segment better is judged against a rest without the known worse ones, and the other way round.
            var higher = tails(s, [.. all.Where(o => o.Segment != s.Segment && !worse.Contains(o.Segment))]).Higher;
            var lower = tails(s, [.. all.Where(o => o.Segment != s.Segment && !better.Contains(o.Segment))]).Lower;
            return (s.Segment, P: Math.Min(1, 2 * Math.Min(higher, lower)), Higher: higher < lower);
        }).ToList();
        var adjusted = tested.Count == 0 ? [] : RateRanking.Holm([.. tested.Select(t => t.P)]);
        return tested.Select((t, i) => new Tested(t.Segment, t.P, adjusted[i], t.Higher)).ToDictionary(t => t.Segment, StringComparer.Ordinal);
    }

    private static HashSet<string> Found(Dictionary<string, Tested> tested, double alpha, bool higher) =>
        [.. tested.Values.Where(t => t.Adjusted < alpha && t.Higher == higher).Select(t => t.Segment)];

    private static (double Higher, double Lower) CpaTails(AudienceSegment segment, List<AudienceSegment> rest)
    {
        var others = Pooled(rest).Totals;
        if (others.Spend <= 0 || segment.Totals.Spend <= 0)
        {
            return (1, 1);
        }

        var rates = new Rates((double)segment.Totals.Conversions, (double)segment.Totals.Spend, (double)others.Conversions, (double)others.Spend);
        return (RateComparison.UpperTail(rates, 1), RateComparison.LowerTail(rates, 1));
    }

    private static (double Higher, double Lower) RoasTails(AudienceSegment segment, List<AudienceSegment> rest)
    {
        var own = Daily(segment);
        var others = Daily(Pooled(rest));
        if (own is null || others is null)
        {
            return (1, 1);
        }

        var error = Math.Sqrt((own.Value.StandardError * own.Value.StandardError) + (others.Value.StandardError * others.Value.StandardError));
        if (!double.IsFinite(error) || error <= 0)
        {
            return (1, 1);
        }

        var z = (own.Value.Ratio - others.Value.Ratio) / error;
        return (1 - Normal.CDF(0, 1, z), Normal.CDF(0, 1, z));
    }

    /// <summary>ROAS of a segment with its standard error from its days.</summary>
    public static RatioOfSums? Daily(AudienceSegment segment) =>
        RatioOfSums.Of(segment.Days.Select(d => ((double)d.Totals.ConversionValue, (double)d.Totals.Spend)));

    /// <summary>Segments summed day by day, as one.</summary>
    private static AudienceSegment Pooled(List<AudienceSegment> segments) => new(
        "rest",
        [.. segments.SelectMany(s => s.Days).GroupBy(d => d.Date).OrderBy(g => g.Key)
            .Select(g => new DayTotals(g.Key, g.Aggregate(MetricTotals.Zero, (sum, day) => sum + day.Totals)))],
        0);

    private static double? Cpa(decimal spend, decimal conversions) => conversions > 0 ? (double)(spend / conversions) : null;

    private static double? Roas(decimal value, decimal spend) => spend > 0 ? (double)(value / spend) : null;

    private sealed record Tested(string Segment, double P, double Adjusted, bool Higher);
}
