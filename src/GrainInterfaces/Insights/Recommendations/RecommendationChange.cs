namespace GrainMarketing.Insights.Recommendations;

/// <summary>A recommendation before and after a person's change, for the answer and the audit trail.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationChange")]
public sealed record RecommendationChange(
    [property: Id(0)] Recommendation Before,
    [property: Id(1)] Recommendation After);
