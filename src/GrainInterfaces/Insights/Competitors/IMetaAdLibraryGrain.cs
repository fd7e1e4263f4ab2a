using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Competitors;

/// <summary>The Meta Ad Library periods a tenant imported from one source, keyed by <see cref="MetaAdSources.Key"/>.</summary>
public interface IMetaAdLibraryGrain : IGrainWithStringKey
{
    /// <summary>Stores the period (replacing one with the same dates), alerts on the jumps it shows next to its neighbours, and answers what it stored.</summary>
    /// <exception cref="ConflictException">The period overlaps an imported period with other dates, or the source holds the most periods allowed.</exception>
    Task<MetaImportResult> ImportAsync(MetaAdLibraryImport import);

    /// <summary>Each advertiser's figures across the periods, who is ramping up, and every jump between consecutive periods.</summary>
    [ReadOnly]
    Task<MetaAdTrends> GetTrendsAsync();
}
