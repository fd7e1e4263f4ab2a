using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>Which segments an audience insight covers (one dimension, or the age x gender cross) and over which reporting dates.</summary>
/// <param name="Label">The dimension as the answer names it, such as <c>age,gender</c>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AudienceInsightQuery")]
public sealed record AudienceInsightQuery(
    [property: Id(0)] Dimension Dimension,
    [property: Id(1)] bool Cross,
    [property: Id(2)] string Label,
    [property: Id(3)] DateRange Range);
