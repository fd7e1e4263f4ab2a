using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>What the rules did: every firing, deferral, reversal and miss with its evidence.</summary>
/// <remarks>
/// For the tenant or one rule, and what rules did to one campaign (tags, ad set and creative controls, changes
/// waiting for the platform). Readers of the tenant may read it all.
/// </remarks>
public static class AutomationApi
{
    public static RouteGroupBuilder MapAutomation(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Automation")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/automation/history", ListAsync).WithName("ListRuleFirings")
            .WithSummary("Every rule firing, deferral, reversal and miss, newest first, with its evidence; filter by ruleId, target, kind, dryRun, from and to; page with limit and before=next")
            .ProducesValidationProblem();
        group.MapGet("/rules/{id:guid}/history", RuleHistoryAsync).WithName("ListRuleHistory")
            .WithSummary("One rule's firings, deferrals, reversals and misses, newest first (kept after the rule is deleted)")
            .ProducesValidationProblem();
        group.MapGet("/campaigns/{id}/automation", CampaignAsync).WithName("GetCampaignAutomation")
            .WithSummary("What rules did to one campaign (id = platform:campaignId): tags, ad set and creative controls, changes waiting for the platform, recent firings");
        return group;
    }

    public static async Task<Ok<FiringPageResponse>> ListAsync(string tenant, [AsParameters] HistoryQueryString query, IGrainFactory grains) =>
        TypedResults.Ok(FiringPageResponse.From(await grains.GetGrain<IAutomationHistoryGrain>(tenant).QueryAsync(query.ToQuery())));

    public static async Task<Ok<FiringPageResponse>> RuleHistoryAsync(string tenant, Guid id, [AsParameters] HistoryQueryString query, IGrainFactory grains) =>
        TypedResults.Ok(FiringPageResponse.From(await grains.GetGrain<IAutomationHistoryGrain>(tenant).QueryAsync(query.ToQuery(id))));

    public static async Task<Ok<CampaignAutomation>> CampaignAsync(string tenant, string id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICampaignGrain>(CampaignIds.Parse(tenant, id).ToString()).GetAutomationAsync());
}
