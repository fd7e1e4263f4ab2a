using GrainMarketing.Campaigns;
using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Compares a tenant's KPIs with published industry benchmarks (a stateless worker keyed by tenant).</summary>
public interface IIndustryBenchmarkGrain : IGrainWithStringKey
{
    /// <summary>The tenant's KPIs per platform over <paramref name="range"/> against its industry's figures.</summary>
    /// <exception cref="NotFoundException">No tenant has this id.</exception>
    /// <exception cref="ConflictException">The tenant has not picked an industry.</exception>
    Task<BenchmarkReport> CompareAsync(DateRange range);

    /// <summary>The industries and sources of the table.</summary>
    Task<BenchmarkCatalog> GetCatalogAsync();
}
