using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>A tenant's segments of one dimension over a window: CPA and ROAS with intervals, ranked with tests against the rest, saturation and weekly trends.</summary>
/// <param name="Dimension">age, gender, age,gender, interest, country or region.</param>
/// <param name="Alpha">The significance level of every test in the report.</param>
/// <param name="MinimumConversions">Conversions a segment needs in the window before intervals, tests or saturation are claimed for it.</param>
/// <param name="Methods">How each interval and test is computed, in words.</param>
/// <param name="Segments">Segments with enough evidence by CPA, cheapest first, then the others by spend.</param>
/// <param name="Saturating">The segments judged saturating, steepest first.</param>
/// <param name="MissingSources">Platforms whose numbers these segments cannot include, because they never reported the dimension (or age and gender together), and why; as the segment ranking says.</param>
/// <param name="Unconverted">Per currency, the segments' days whose money in it had no rate, with those days' numbers in it: each such day is left out of its segment whole, its money in the tenant's currency too.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AudienceInsightReport")]
public sealed record AudienceInsightReport(
    [property: Id(0)] string Dimension,
    [property: Id(1)] DateRange Range,
    [property: Id(2)] double Alpha,
    [property: Id(3)] double MinimumConversions,
    [property: Id(4)] AudienceMethods Methods,
    [property: Id(5)] IReadOnlyList<AudienceSegmentInsight> Segments,
    [property: Id(6)] IReadOnlyList<string> Saturating,
    [property: Id(7)] IReadOnlyList<MissingSource> MissingSources,
    [property: Id(8)] IReadOnlyList<UnconvertedMoney> Unconverted);
