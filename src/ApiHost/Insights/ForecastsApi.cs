using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.Insights.Forecasts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary><c>/api/v1/tenants/{tenant}/forecast</c> and a campaign's <c>/pacing</c>: cached daily forecasts with calibrated intervals.</summary>
public static class ForecastsApi
{
    public static RouteGroupBuilder MapForecasts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Forecasts")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/forecast", ForecastAsync).WithName("GetForecast")
            .WithSummary("Daily forecast of a sum or KPI for the tenant, a campaign or a platform, with 80% and 95% conformal intervals and the backtest against seasonal naive");
        group.MapGet("/campaigns/{id}/pacing", PacingAsync).WithName("GetCampaignPacing")
            .WithSummary("Spend so far today against the day's forecast and the daily budget, the projected end-of-day spend and onTrack, under or over");
        return group;
    }

    public static async Task<Ok<ForecastResponse>> ForecastAsync(string tenant, [AsParameters] ForecastQuery query, IGrainFactory grains)
    {
        var (series, metric, horizon) = query.Read(tenant);
        var answer = await grains.GetGrain<IForecastGrain>(series.ToString()).GetAsync(metric, horizon);
        return TypedResults.Ok(ForecastResponse.From(answer, horizon));
    }

    public static async Task<Ok<CampaignPacing>> PacingAsync(string tenant, string id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICampaignPacingGrain>(CampaignIds.Parse(tenant, id).ToString()).GetAsync());
}
