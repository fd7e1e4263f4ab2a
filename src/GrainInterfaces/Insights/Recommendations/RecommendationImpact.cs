namespace GrainMarketing.Insights.Recommendations;

/// <summary>The expected change of the objective per week if the recommendation is followed, with its 80% interval.</summary>
/// <param name="Metric">The objective measured: <c>conversions</c> per week, or <c>conversionValue</c> per week for a pause judged by ROAS.</param>
/// <param name="Assumption">What the figure assumes, in words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationImpact")]
public sealed record RecommendationImpact(
    [property: Id(0)] string Metric,
    [property: Id(1)] double Value,
    [property: Id(2)] double Lower80,
    [property: Id(3)] double Upper80,
    [property: Id(4)] string Assumption);
