using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Reads the tenant's industry and its totals per platform, and compares them with the table.</summary>
[StatelessWorker]
[GrainType("industry-benchmark")]
public sealed class IndustryBenchmarkGrain(BenchmarkTable table) : Grain, IIndustryBenchmarkGrain
{
    public async Task<BenchmarkReport> CompareAsync(DateRange range)
    {
        var tenant = this.GetPrimaryKeyString();
        var settings = (await GrainFactory.GetGrain<ITenantGrain>(tenant).GetAsync()).Settings;
        if (settings.Industry is not { } industry)
        {
            throw new ConflictException(
                "The tenant has no industry: an admin sets one with PATCH /api/v1/tenants/{tenant} {\"industry\": \"...\"}; GET .../benchmarks/industries lists them.");
        }

        var overview = await GrainFactory.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(QueryWindow.For(range));
        return BenchmarkComparison.Compare(table, industry, settings.Currency, range, overview.Platforms);
    }

    public Task<BenchmarkCatalog> GetCatalogAsync() => Task.FromResult(table.Catalog);
}
