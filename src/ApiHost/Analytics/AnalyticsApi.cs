using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>Tenant-wide answers: demographic and geographic segments, the summary by platform, top campaigns.</summary>
public static class AnalyticsApi
{
    public static RouteGroupBuilder MapAnalytics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Analytics")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/demographics/segments", SegmentsAsync).WithName("RankDemographicSegments")
            .WithSummary("Segments of one dimension (age, gender, age,gender, interest) ranked by a metric, with a minimum-spend guard");
        group.MapGet("/demographics/geographic", GeographicAsync).WithName("RankGeographicSegments")
            .WithSummary("Countries or regions ranked by a metric");
        group.MapGet("/analytics/summary", SummaryAsync).WithName("TenantSummary")
            .WithSummary("The tenant's totals and KPIs with a per-platform comparison");
        group.MapGet("/analytics/top", TopAsync).WithName("TopCampaigns").WithSummary("The n best campaigns by a metric");
        return group;
    }

    public static async Task<Ok<SegmentRanking>> SegmentsAsync(
        string tenant, [AsParameters] SegmentRankingQuery query, [AsParameters] ReportingWindowQuery window, ReportingWindows windows, TenantSegments segments) =>
        TypedResults.Ok(await RankAsync(tenant, query.Read(), window, windows, segments));

    public static async Task<Ok<SegmentRanking>> GeographicAsync(
        string tenant, [AsParameters] GeographicRankingQuery query, [AsParameters] ReportingWindowQuery window, ReportingWindows windows, TenantSegments segments) =>
        TypedResults.Ok(await RankAsync(tenant, query.Read(), window, windows, segments));

    public static async Task<Ok<SummaryResponse>> SummaryAsync(
        string tenant, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows)
    {
        var range = await windows.ResolveAsync(tenant, window);
        return TypedResults.Ok(SummaryResponse.From(range, await grains.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(range), await windows.CurrencyAsync(tenant)));
    }

    public static async Task<Ok<CampaignPage>> TopAsync(
        string tenant, [AsParameters] TopCampaignsQuery query, [AsParameters] ReportingWindowQuery window, ReportingWindows windows, TenantCampaigns campaigns)
    {
        // A bad metric or count is refused before the tenant is looked up, as a bad window can only be after.
        var errors = new ValidationErrors();
        var selection = query.Read(errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(await campaigns.ListAsync(tenant, await windows.ResolveAsync(tenant, window), selection));
    }

    private static async Task<SegmentRanking> RankAsync(
        string tenant, SegmentSelection selection, ReportingWindowQuery window, ReportingWindows windows, TenantSegments segments)
    {
        var errors = new ValidationErrors();
        var range = await windows.ResolveAsync(tenant, window, errors);
        Ranking.Check(errors, "metric", selection.Metric, selection.Order);
        if (selection.MinSpend < 0)
        {
            errors.Add("minSpend", "Must not be negative.");
        }

        errors.ThrowIfAny();
        return await segments.RankAsync(tenant, range!, selection);
    }
}
