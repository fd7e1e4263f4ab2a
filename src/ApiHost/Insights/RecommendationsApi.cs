using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Insights.Recommendations;
using GrainMarketing.Insights.Recommendations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>What the tenant should do next: recommendations by priority, and the accept, dismiss and apply that act on them.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/recommendations</c>. Viewers read; editors run the detectors, accept, dismiss and
/// apply (apply plays the actions through the campaigns' rules path: action budget, pending platform changes, audit).
/// Every change is audited; a recommendation that is not open answers 409.
/// </remarks>
public static class RecommendationsApi
{
    public static RouteGroupBuilder MapRecommendations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/recommendations").WithTags("Recommendations")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", ListAsync).WithName("ListRecommendations")
            .WithSummary("Recommendations by priority (expected weekly impact × confidence), highest first; filter by kind, status, target and minConfidence; page with limit and after=next. A target the last run could not judge says why in insufficientData")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRecommendation")
            .WithSummary("One recommendation with its explanation, evidence, expected impact, actions, status and, once applied, what happened")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/generate", GenerateAsync).WithName("GenerateRecommendations")
            .WithSummary("Run the detectors now over the closed days (they also run when numbers move, at most every five minutes, and daily)")
            .RequireAuthorization(TenantPolicies.Write);
        group.MapPost("/{id:guid}/accept", AcceptAsync).WithName("AcceptRecommendation")
            .WithSummary("Accept an open recommendation; 409 when it is not open")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/dismiss", DismissAsync).WithName("DismissRecommendation")
            .WithSummary("Dismiss an open or accepted recommendation with a reason; it comes back only on materially stronger evidence. 409 when it is closed")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/apply", ApplyAsync).WithName("ApplyRecommendation")
            .WithSummary("Play an open or accepted recommendation's actions through the rules machinery (action budget, pending platform changes, audit); 409 when it is closed or the action budget defers it")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<RecommendationPage>> ListAsync(string tenant, [AsParameters] RecommendationQueryString queryString, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRecommendationsGrain>(tenant).QueryAsync(queryString.ToQuery()));

    public static async Task<Ok<Recommendation>> GetAsync(string tenant, Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRecommendationsGrain>(tenant).GetAsync(id));

    public static async Task<Ok<RecommendationPage>> GenerateAsync(string tenant, IGrainFactory grains, AuditTrail audit)
    {
        var recommendations = grains.GetGrain<IRecommendationsGrain>(tenant);
        var open = await recommendations.GenerateAsync();
        await audit.RecordTenantAsync("recommendations.generated", tenant, tenant, after: new { open });
        return TypedResults.Ok(await recommendations.QueryAsync(new RecommendationQuery()));
    }

    public static async Task<Ok<Recommendation>> AcceptAsync(string tenant, Guid id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit) =>
        await AuditedAsync("recommendation.accepted", tenant, await grains.GetGrain<IRecommendationsGrain>(tenant).AcceptAsync(id, user.Actor() ?? ""), audit);

    public static async Task<Ok<Recommendation>> DismissAsync(
        string tenant, Guid id, DismissRecommendationRequest request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var reason = request.ToReason();
        return await AuditedAsync("recommendation.dismissed", tenant, await grains.GetGrain<IRecommendationsGrain>(tenant).DismissAsync(id, reason, user.Actor() ?? ""), audit);
    }

    public static async Task<Ok<Recommendation>> ApplyAsync(string tenant, Guid id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit) =>
        await AuditedAsync("recommendation.applied", tenant, await grains.GetGrain<IRecommendationsGrain>(tenant).ApplyAsync(id, user.Actor() ?? ""), audit);

    private static async Task<Ok<Recommendation>> AuditedAsync(string action, string tenant, RecommendationChange change, AuditTrail audit)
    {
        await audit.RecordTenantAsync(action, tenant, change.After.Id.ToString(),
            new { change.Before.Status, change.Before.Kind, change.Before.Target },
            new { change.After.Status, change.After.StatusReason, change.After.Firing, change.After.Actions });
        return TypedResults.Ok(change.After);
    }
}
