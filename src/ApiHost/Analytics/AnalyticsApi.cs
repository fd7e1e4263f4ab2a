using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
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
        string tenant, IGrainFactory grains, TimeProvider clock, string dimension = "age", string metric = "spend",
        string order = "desc", decimal minSpend = 0, string? window = null, string? from = null, string? to = null)
    {
        var cross = dimension.Replace(" ", "", StringComparison.Ordinal).Equals("age,gender", StringComparison.OrdinalIgnoreCase);
        var parsed = cross ? Dimension.Age : ParseDimension(dimension, "dimension", Dimension.Age, Dimension.Gender, Dimension.Interest);
        return TypedResults.Ok(await RankAsync(grains, clock, tenant, parsed, cross, metric, order, minSpend, window, from, to, cross ? "age,gender" : dimension));
    }

    public static async Task<Ok<SegmentRanking>> GeographicAsync(
        string tenant, IGrainFactory grains, TimeProvider clock, string by = "country", string metric = "spend",
        string order = "desc", decimal minSpend = 0, string? window = null, string? from = null, string? to = null)
    {
        var parsed = ParseDimension(by, "by", Dimension.Country, Dimension.Region);
        return TypedResults.Ok(await RankAsync(grains, clock, tenant, parsed, cross: false, metric, order, minSpend, window, from, to, by));
    }

    public static async Task<Ok<SummaryResponse>> SummaryAsync(
        string tenant, IGrainFactory grains, TimeProvider clock, string? window = null, string? from = null, string? to = null)
    {
        var range = await CampaignsApi.WindowAsync(grains, clock, tenant, window, from, to);
        var overview = await grains.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(range);
        return TypedResults.Ok(new SummaryResponse(
            range,
            overview.Totals,
            overview.Totals.Kpis,
            [.. overview.Platforms.Select(p => new PlatformResponse(p.Platform.ToString().ToLowerInvariant(), p.Totals, p.Totals.Kpis, p.Freshness,
                [.. p.Reported.Select(r => r == Dimensions.None ? "none" : r.ToString().ToLowerInvariant().Replace(", ", "+", StringComparison.Ordinal))]))],
            overview.Freshness));
    }

    public static Task<Ok<CampaignPage>> TopAsync(
        string tenant, IGrainFactory grains, TimeProvider clock, string metric = "roas", int n = 10,
        string? window = null, string? from = null, string? to = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Ranking.Check(errors, "metric", metric, "desc");
        if (n is < 1 or > CampaignsApi.MaxPageSize)
        {
            errors["n"] = [$"Must be 1-{CampaignsApi.MaxPageSize}."];
        }

        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : CampaignsApi.ListAsync(tenant, grains, clock, window, from, to, sort: metric, order: "desc", page: 1, pageSize: n);
    }

    private static async Task<SegmentRanking> RankAsync(
        IGrainFactory grains, TimeProvider clock, string tenant, Dimension dimension, bool cross, string metric, string order,
        decimal minSpend, string? window, string? from, string? to, string label)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var range = await CampaignsApi.WindowAsync(grains, clock, tenant, window, from, to, errors);
        Ranking.Check(errors, "metric", metric, order);

        if (minSpend < 0)
        {
            errors["minSpend"] = ["Must not be negative."];
        }

        if (range is null || errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var rankedTask = grains.GetGrain<ITenantIndexGrain>(tenant).RankSegmentsAsync(new SegmentRankQuery(range, dimension, cross, metric, order, minSpend));
        var overview = await grains.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(range);
        var ranked = await rankedTask;
        var requested = cross ? Dimensions.Age | Dimensions.Gender : Enum.Parse<Dimensions>(dimension.ToString());
        var missing = BreakdownCoverage.Missing(requested, overview.Platforms.Select(p => (p.Platform, p.Reported)));
        var segments = ranked.Segments.Select(s => new SegmentResponse(label, s.Key.Label, s.Totals, s.Totals.Kpis, s.Freshness)).ToList();
        return new SegmentRanking(label, metric, minSpend, range, segments, ranked.Excluded, missing);
    }

    private static Dimension ParseDimension(string value, string field, params Dimension[] allowed) =>
        Enum.TryParse<Dimension>(value, ignoreCase: true, out var dimension) && allowed.Contains(dimension) && !int.TryParse(value, out _)
            ? dimension
            : throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [field] = [$"Must be one of {string.Join(", ", allowed.Select(d => d.ToString().ToLowerInvariant()))}{(field == "dimension" ? ", age,gender" : "")}."],
            });
}
