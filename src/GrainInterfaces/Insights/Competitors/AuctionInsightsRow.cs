namespace GrainMarketing.Insights.Competitors;

/// <summary>One advertiser's row of a Google Ads auction-insights export for one period.</summary>
/// <param name="Domain">The "Display URL domain" column, lower-cased; "You" for the tenant's own row.</param>
/// <param name="IsYou">True for the tenant's own row ("You").</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuctionInsightsRow")]
public sealed record AuctionInsightsRow(
    [property: Id(0)] string Domain,
    [property: Id(1)] bool IsYou,
    [property: Id(2)] AuctionShare ImpressionShare,
    [property: Id(3)] AuctionShare OverlapRate,
    [property: Id(4)] AuctionShare PositionAboveRate,
    [property: Id(5)] AuctionShare TopOfPageRate,
    [property: Id(6)] AuctionShare AbsoluteTopOfPageRate,
    [property: Id(7)] AuctionShare OutrankingShare);
