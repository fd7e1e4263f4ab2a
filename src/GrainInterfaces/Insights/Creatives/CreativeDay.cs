namespace GrainMarketing.Insights.Creatives;

/// <summary>One creative's numbers on one reporting day, with its frequency where the platform reported its reach.</summary>
/// <param name="Frequency">Impressions per person reached that day; null where the day's reach was not reported.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CreativeDay")]
public sealed record CreativeDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] long Impressions,
    [property: Id(2)] long Clicks,
    [property: Id(3)] decimal Conversions,
    [property: Id(4)] decimal? Frequency = null);
