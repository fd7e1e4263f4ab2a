using GrainMarketing.Campaigns;

namespace GrainMarketing.Metrics;

/// <summary>The unique reach a source reported for a whole period (Meta and Snapchat report it), of a campaign or one of its ad sets or ads.</summary>
/// <remarks>Not a cell: it adds to no sum, and answers only a query over exactly <see cref="Period"/> and that entity.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PeriodReach")]
public sealed record PeriodReach(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] long Reach,
    [property: Id(2)] string? AdSetId = null,
    [property: Id(3)] string? AdId = null);
