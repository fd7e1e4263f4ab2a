using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Creatives;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Creatives;

/// <summary><c>/api/v1/tenants/{tenant}/campaigns/{id}/creatives/insight</c>: a campaign's creatives and formats ranked with significance, with trends, frequency and fatigue.</summary>
public static class CreativesApi
{
    /// <summary>Longest window the insight covers: every creative's days are in the answer.</summary>
    public const int MaxDays = 92;

    public static RouteGroupBuilder MapCreatives(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/campaigns/{id}/creatives").WithTags("Creatives")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/insight", InsightAsync).WithName("GetCreativeInsight")
            .WithSummary("Per creative: daily CTR and CVR trends with 95% intervals, frequency where reach was reported, fatigue score and start day; "
                + "creatives and formats ranked by CTR with Holm-adjusted tests against the best and the probability of being best");
        return group;
    }

    public static async Task<Ok<CreativeInsightReport>> InsightAsync(
        string tenant, string id, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows)
    {
        var errors = new ValidationErrors();
        var campaign = CampaignIds.Parse(tenant, id);
        var resolved = await windows.ResolveAsync(tenant, window, errors);
        errors.ThrowIfAny();
        var range = ReportingWindow.RequireDates(resolved!, "Creative insight");
        if (range.Days > MaxDays)
        {
            throw ValidationErrors.Refusal("to", $"Creative insight covers at most {MaxDays} days.");
        }

        return TypedResults.Ok(await grains.GetGrain<ICreativeInsightGrain>(campaign.ToString()).GetReportAsync(range));
    }
}
