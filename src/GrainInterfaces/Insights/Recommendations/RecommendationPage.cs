namespace GrainMarketing.Insights.Recommendations;

/// <summary>Recommendations by priority, highest first; <see cref="Next"/> is the <see cref="RecommendationQuery.After"/> of the following page, null after the last.</summary>
/// <param name="GeneratedAt">When the detectors last ran.</param>
/// <param name="InsufficientData">When the query names a target the last run could not judge: why (too few conversions to be sure either way).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationPage")]
public sealed record RecommendationPage(
    [property: Id(0)] IReadOnlyList<Recommendation> Items,
    [property: Id(1)] long? Next,
    [property: Id(2)] DateTimeOffset? GeneratedAt,
    [property: Id(3)] string? InsufficientData = null);
