using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Competitors;

/// <summary>The auction-insights periods imported for one scope, keyed by <see cref="CompetitorScope.Key"/>: one campaign or the whole account.</summary>
public interface ICompetitorInsightsGrain : IGrainWithStringKey
{
    /// <summary>Stores the period (replacing one with the same dates), alerts on the jumps it shows next to its neighbours, and answers what it stored.</summary>
    /// <exception cref="ConflictException">The period overlaps an imported period with other dates, or the scope holds the most periods allowed.</exception>
    Task<CompetitorImportResult> ImportAsync(AuctionInsightsImport import);

    /// <summary>Each competitor's figures across the periods, who is gaining impression share, and every jump between consecutive periods.</summary>
    [ReadOnly]
    Task<CompetitorTrends> GetTrendsAsync();
}
