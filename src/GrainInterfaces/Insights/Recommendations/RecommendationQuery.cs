namespace GrainMarketing.Insights.Recommendations;

/// <summary>One page of a tenant's recommendations by priority, highest first; every filter optional.</summary>
/// <remarks><see cref="After"/> is the previous page's <c>next</c>: how many recommendations earlier pages held.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationQuery")]
public sealed record RecommendationQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    [Id(0)] public RecommendationKind? Kind { get; init; }

    [Id(1)] public RecommendationStatus? Status { get; init; }

    /// <summary>Recommendations about this target or about anything in this campaign (<c>meta:916</c> matches its creatives).</summary>
    [Id(2)] public string? Target { get; init; }

    [Id(3)] public double? MinConfidence { get; init; }

    [Id(4)] public int Limit { get; init; } = DefaultLimit;

    [Id(5)] public long? After { get; init; }

    public bool Matches(Recommendation recommendation) =>
        (Kind is null || recommendation.Kind == Kind)
        && (Status is null || recommendation.Status == Status)
        && (Target is null || recommendation.Target == Target || recommendation.Campaigns.Contains(Target))
        && (MinConfidence is null || recommendation.Confidence >= MinConfidence);
}
