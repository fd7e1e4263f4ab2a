using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A pre-aggregated change to a tenant's totals for one platform on one reporting date, with the breakdown combinations the source reported those numbers in.</summary>
/// <param name="Currency">The currency the change's money is in, as its campaign names it; null for the tenant's own.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PlatformDelta")]
public sealed record PlatformDelta(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] MetricTotals Totals,
    [property: Id(3)] IReadOnlyList<Dimensions> Reported,
    [property: Id(4)] string? Currency = null);
