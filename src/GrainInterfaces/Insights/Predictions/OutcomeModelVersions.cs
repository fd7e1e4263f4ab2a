namespace GrainMarketing.Insights.Predictions;

/// <summary>A tenant's model versions, newest first, and the one predictions use.</summary>
/// <param name="LivePolicy">The rule that decides whether a new version goes live, in words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.OutcomeModelVersions")]
public sealed record OutcomeModelVersions(
    [property: Id(0)] IReadOnlyList<OutcomeModelVersion> Versions,
    [property: Id(1)] int? LiveVersion,
    [property: Id(2)] string LivePolicy);
