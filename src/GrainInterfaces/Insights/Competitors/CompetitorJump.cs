using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>A competitor's overlap rate or outranking share that moved by more than the tenant's threshold between two consecutive periods.</summary>
/// <param name="Metric"><c>overlapRate</c> or <c>outrankingShare</c>.</param>
/// <param name="Points">The least the move can be in percentage points ("&lt; 10%" counts as anywhere from 0 to 10); positive for a rise.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CompetitorJump")]
public sealed record CompetitorJump(
    [property: Id(0)] string Domain,
    [property: Id(1)] string Metric,
    [property: Id(2)] DateRange From,
    [property: Id(3)] DateRange To,
    [property: Id(4)] AuctionShare Before,
    [property: Id(5)] AuctionShare After,
    [property: Id(6)] decimal Points);
