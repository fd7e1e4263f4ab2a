namespace GrainMarketing.Insights.Recommendations;

/// <summary>A tenant's recommendations as stored: the open and accepted ones, the newest closed ones, and what the last run could not judge.</summary>
[GenerateSerializer, Alias("GrainMarketing.Insights.RecommendationBookState")]
public sealed class RecommendationBookState
{
    [Id(0)] public List<Recommendation> Items { get; set; } = [];

    [Id(1)] public Dictionary<string, string> Unjudged { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public DateTimeOffset? GeneratedAt { get; set; }
}
