using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>A competitor's auction-insights figures in one imported period.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CompetitorPeriod")]
public sealed record CompetitorPeriod(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] AuctionShare ImpressionShare,
    [property: Id(2)] AuctionShare OverlapRate,
    [property: Id(3)] AuctionShare OutrankingShare,
    [property: Id(4)] AuctionShare PositionAboveRate,
    [property: Id(5)] AuctionShare TopOfPageRate,
    [property: Id(6)] AuctionShare AbsoluteTopOfPageRate);
