using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>An advertiser's Meta Ad Library figures in one imported period.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdvertiserPeriod")]
public sealed record MetaAdvertiserPeriod(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] int Ads,
    [property: Id(2)] int? NewAds,
    [property: Id(3)] IReadOnlyList<string> Platforms,
    [property: Id(4)] MetaRange? Spend,
    [property: Id(5)] MetaRange? Impressions,
    [property: Id(6)] long? EuReach);
