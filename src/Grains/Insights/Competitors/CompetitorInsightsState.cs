namespace GrainMarketing.Insights.Competitors;

/// <summary>What a competitor scope persists: its imported periods, oldest first, at most <see cref="MaxPeriods"/>.</summary>
/// <remarks>
/// Kept in grain state rather than a table: a scope's periods are always read together (every trend needs all of
/// them), an import is at most <see cref="AuctionInsightsImport.MaxRows"/> rows, and a scope is bounded, so the state stays
/// under about a megabyte and an import is one write.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.CompetitorInsightsState")]
public sealed class CompetitorInsightsState
{
    /// <summary>Two years of weekly exports.</summary>
    public const int MaxPeriods = 104;

    [Id(0)] public List<StoredAuctionPeriod> Periods { get; set; } = [];
}
