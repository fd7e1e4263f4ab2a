using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>An advertiser whose active ads or spend at least doubled between two consecutive periods of the same length.</summary>
/// <param name="Metric"><c>ads</c> or <c>spend</c>.</param>
/// <param name="Ratio">The least the figure grew by: after over before for ads; the new low over the old high for a spend range.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdJump")]
public sealed record MetaAdJump(
    [property: Id(0)] string Key,
    [property: Id(1)] string PageName,
    [property: Id(2)] string Metric,
    [property: Id(3)] DateRange From,
    [property: Id(4)] DateRange To,
    [property: Id(5)] MetaRange Before,
    [property: Id(6)] MetaRange After,
    [property: Id(7)] decimal Ratio);
