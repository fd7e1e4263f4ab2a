namespace GrainMarketing.Insights.Competitors;

/// <summary>One imported period as the competitor grain keeps it: what was imported, and its rows.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredAuctionPeriod")]
public sealed record StoredAuctionPeriod(
    [property: Id(0)] ImportedPeriod Imported,
    [property: Id(1)] IReadOnlyList<AuctionInsightsRow> Rows);
