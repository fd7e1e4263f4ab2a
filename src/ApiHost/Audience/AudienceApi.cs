using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Audience;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Audience;

/// <summary><c>/api/v1/tenants/{tenant}/audience</c>: segments ranked by CPA and ROAS with intervals and tests, saturation, weekly trends.</summary>
public static class AudienceApi
{
    public static RouteGroupBuilder MapAudience(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/audience").WithTags("Audience")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/insight", InsightAsync).WithName("GetAudienceInsight")
            .WithSummary("Segments of one dimension with CPA (exact Poisson interval) and ROAS (delta-method interval), ranked with Holm-adjusted tests against the rest, "
                + "saturation (log CPA on log weekly spend), and each segment's KPIs by ISO week");
        return group;
    }

    public static async Task<Ok<AudienceInsightReport>> InsightAsync(
        string tenant, [AsParameters] AudienceInsightQueryString query, IGrainFactory grains, ReportingWindows windows)
    {
        // Bad values are refused before the tenant is looked up: one 400 names them all.
        var errors = new ValidationErrors();
        var (dimension, cross, label, days) = query.Read(errors);
        errors.ThrowIfAny();
        var today = await windows.TodayAsync(tenant);
        var range = new DateRange(today.AddDays(1 - days), today);
        return TypedResults.Ok(await grains.GetGrain<IAudienceInsightGrain>(tenant).GetReportAsync(new AudienceInsightQuery(dimension, cross, label, range)));
    }
}
