namespace GrainMarketing.Insights.Predictions;

/// <summary>Who a planned campaign reaches; an empty list means the dimension is not targeted (the tenant's usual mix).</summary>
/// <remarks>Values are spelled as ingestion normalises them (<see cref="Metrics.DemographicLabels"/>): platform age bands, female/male, ISO country codes.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.PlannedAudience")]
public sealed record PlannedAudience(
    [property: Id(0)] IReadOnlyList<string> AgeBands,
    [property: Id(1)] IReadOnlyList<string> Genders,
    [property: Id(2)] IReadOnlyList<string> Countries,
    [property: Id(3)] IReadOnlyList<string> Interests)
{
    public static readonly PlannedAudience Everyone = new([], [], [], []);
}
