using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Insights.Benchmarks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary><c>/api/v1/tenants/{tenant}/benchmarks</c>: the tenant's CTR, CPC, CVR and CPA per platform against its industry's published benchmarks.</summary>
public static class BenchmarksApi
{
    public static RouteGroupBuilder MapBenchmarks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/benchmarks").WithTags("Benchmarks")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", CompareAsync).WithName("CompareWithBenchmarks")
            .WithSummary("CTR, CPC, CVR and CPA per platform over a window (default 30d) against the industry's published figures: above or below the median (else the average), percentile band where the source gives percentiles, with each figure's source and date; platforms and KPIs without a figure are named. 409 when the tenant has no industry")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/industries", IndustriesAsync).WithName("ListBenchmarkIndustries")
            .WithSummary("The industries a tenant may pick (PATCH the tenant's industry), what each has figures for, and every source with its URL and publication date");
        return group;
    }

    public static async Task<Ok<BenchmarkReport>> CompareAsync(
        string tenant, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows)
    {
        var range = ReportingWindow.RequireDates(await windows.ResolveAsync(tenant, window), "Benchmarks");
        return TypedResults.Ok(await grains.GetGrain<IIndustryBenchmarkGrain>(tenant).CompareAsync(range));
    }

    public static async Task<Ok<BenchmarkCatalog>> IndustriesAsync(string tenant, IGrainFactory grains)
    {
        await grains.RequireTenantAsync(tenant);
        return TypedResults.Ok(await grains.GetGrain<IIndustryBenchmarkGrain>(tenant).GetCatalogAsync());
    }
}
