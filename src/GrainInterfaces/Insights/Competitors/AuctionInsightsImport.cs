using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>A parsed auction-insights export for one period of one campaign (or the whole account), and who imported it.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuctionInsightsImport")]
public sealed record AuctionInsightsImport(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] IReadOnlyList<AuctionInsightsRow> Rows,
    [property: Id(2)] string? FileName,
    [property: Id(3)] string ImportedBy)
{
    /// <summary>An auction-insights export lists the advertisers that showed up often enough: tens, rarely hundreds.</summary>
    public const int MaxRows = 500;
}
